package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<Assessment> find(long id) {
        return Optional.ofNullable(em.find(Assessment.class, id));
    }

    @Override
    public Optional<Assessment> find(String municipalitySlug, String periodCode) {
        return em.createQuery(
                        "SELECT a FROM Assessment a WHERE a.municipality.slug = :m AND a.period.code = :p",
                        Assessment.class)
                .setParameter("m", municipalitySlug)
                .setParameter("p", periodCode)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Assessment> findAll() {
        return em.createQuery(
                        "SELECT a FROM Assessment a ORDER BY a.period.firstDay DESC, a.municipality.name",
                        Assessment.class)
                .getResultList();
    }

    @Override
    public void add(Assessment assessment) {
        em.persist(assessment);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
