package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
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
    public List<Assessment> inState(AssessmentState state) {
        return em.createQuery(
                        "SELECT a FROM Assessment a WHERE a.state = :state ORDER BY a.submittedAt, a.id",
                        Assessment.class)
                .setParameter("state", state)
                .getResultList();
    }

    @Override
    public List<Assessment> approved() {
        return em.createQuery(
                        "SELECT a FROM Assessment a WHERE a.state = :state"
                                + " ORDER BY a.municipality.slug, a.period.firstDay DESC",
                        Assessment.class)
                .setParameter("state", AssessmentState.APPROVED)
                .getResultList();
    }

    @Override
    public List<Assessment> approved(String municipalitySlug) {
        return em.createQuery(
                        "SELECT a FROM Assessment a WHERE a.state = :state AND a.municipality.slug = :m"
                                + " ORDER BY a.period.firstDay DESC",
                        Assessment.class)
                .setParameter("state", AssessmentState.APPROVED)
                .setParameter("m", municipalitySlug)
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
