package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.supervision.SupervisionSession;
import dk.nextwork.hub.domain.model.supervision.SupervisionSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSupervisionSessionRepository implements SupervisionSessionRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<SupervisionSession> find(long id) {
        return Optional.ofNullable(em.find(SupervisionSession.class, id));
    }

    @Override
    public List<SupervisionSession> forMunicipality(String municipalitySlug) {
        return em.createQuery(
                        "SELECT s FROM SupervisionSession s WHERE s.municipality.slug = :m"
                                + " ORDER BY s.heldOn DESC, s.id DESC",
                        SupervisionSession.class)
                .setParameter("m", municipalitySlug)
                .getResultList();
    }

    @Override
    public void add(SupervisionSession session) {
        em.persist(session);
        em.flush();
    }
}
