package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.practice.Practice;
import dk.nextwork.hub.domain.model.practice.PracticeComment;
import dk.nextwork.hub.domain.model.practice.PracticeHit;
import dk.nextwork.hub.domain.model.practice.PracticeQuery;
import dk.nextwork.hub.domain.model.practice.PracticeRepository;
import dk.nextwork.hub.domain.model.practice.PracticeStatus;
import dk.nextwork.hub.domain.model.practice.PracticeTrial;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaPracticeRepository implements PracticeRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<Practice> find(long id) {
        return Optional.ofNullable(em.find(Practice.class, id));
    }

    @Override
    public void add(Practice practice) {
        em.persist(practice);
        em.flush();
    }

    @Override
    public List<Long> unpublishedOutside(String municipalitySlug) {
        return em.createQuery(
                        "SELECT p.id FROM Practice p WHERE p.status <> :published AND p.municipality.slug <> :own",
                        Long.class)
                .setParameter("published", PracticeStatus.PUBLISHED)
                .setParameter("own", municipalitySlug == null ? "" : municipalitySlug)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<PracticeHit> search(PracticeQuery query) {
        PracticeSearchSql search = PracticeSearchSql.of(query);
        Query statement = em.createNativeQuery(search.sql());
        for (int i = 0; i < search.parameters().size(); i++) {
            statement.setParameter(i + 1, search.parameters().get(i));
        }
        List<PracticeHit> hits = new ArrayList<>();
        for (Object row : statement.getResultList()) {
            Object[] r = (Object[]) row;
            hits.add(new PracticeHit(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    NativeValues.instant(r[6]),
                    ((Number) r[7]).doubleValue(),
                    (String) r[8]));
        }
        return hits;
    }

    @Override
    public List<Practice> publishedWithPrinciple(String principle, int limit) {
        return em.createQuery(
                        "SELECT p FROM Practice p JOIN p.principles pr WHERE p.status = :published"
                                + " AND pr = :principle ORDER BY p.updatedAt DESC",
                        Practice.class)
                .setParameter("principle", principle)
                .setParameter("published", PracticeStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<PracticeComment> comments(long practiceId) {
        return em.createQuery(
                        "SELECT c FROM PracticeComment c WHERE c.practiceId = :p ORDER BY c.createdAt, c.id",
                        PracticeComment.class)
                .setParameter("p", practiceId)
                .getResultList();
    }

    @Override
    public void add(PracticeComment comment) {
        em.persist(comment);
        em.flush();
    }

    @Override
    public List<PracticeTrial> trials(long practiceId) {
        return em.createQuery(
                        "SELECT t FROM PracticeTrial t WHERE t.practiceId = :p ORDER BY t.triedOn DESC, t.id",
                        PracticeTrial.class)
                .setParameter("p", practiceId)
                .getResultList();
    }

    @Override
    public void add(PracticeTrial trial) {
        em.persist(trial);
        em.flush();
    }
}
