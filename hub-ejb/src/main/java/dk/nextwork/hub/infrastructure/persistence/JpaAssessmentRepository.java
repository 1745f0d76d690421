package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentListing;
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

    private static final String LISTING = "SELECT NEW dk.nextwork.hub.domain.model.assessment.AssessmentListing("
            + "a.id, a.municipality.slug, a.municipality.name, a.period.code, a.state, a.submittedAt, a.version)"
            + " FROM Assessment a ";

    @Override
    public List<AssessmentListing> listing(boolean all, String municipalitySlug) {
        if (all) {
            return em.createQuery(
                            LISTING + "ORDER BY a.period.firstDay DESC, a.municipality.name", AssessmentListing.class)
                    .getResultList();
        }
        return em.createQuery(
                        LISTING + "WHERE a.state = :approved OR a.municipality.slug = :m"
                                + " ORDER BY a.period.firstDay DESC, a.municipality.name",
                        AssessmentListing.class)
                .setParameter("approved", AssessmentState.APPROVED)
                .setParameter("m", municipalitySlug == null ? "" : municipalitySlug)
                .getResultList();
    }

    @Override
    public List<AssessmentListing> listingInState(AssessmentState state) {
        return em.createQuery(LISTING + "WHERE a.state = :state ORDER BY a.submittedAt, a.id", AssessmentListing.class)
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
    public List<Assessment> submittedWithResultOtherThan(String formatMarker) {
        return em.createQuery(
                        "SELECT a FROM Assessment a WHERE a.state IN :locked"
                                + " AND (a.scores IS NULL OR a.scores NOT LIKE :marker)",
                        Assessment.class)
                .setParameter("locked", List.of(AssessmentState.SUBMITTED, AssessmentState.APPROVED))
                .setParameter("marker", "%" + formatMarker + "%")
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
