package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentListing;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
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

    /** Which reports a list holds: all, or the approved and the own municipality's; and perhaps one municipality's. */
    private static final String VISIBLE = "WHERE (:all = TRUE OR a.state = :approved OR a.municipality.slug = :own)"
            + " AND (:only = '' OR a.municipality.slug = :only)";

    @Override
    public List<AssessmentListing> listing(boolean all, String own, String only, int offset, int limit) {
        return visible(
                        em.createQuery(
                                LISTING + VISIBLE + " ORDER BY a.period.firstDay DESC, a.municipality.name, a.id",
                                AssessmentListing.class),
                        all,
                        own,
                        only)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countListing(boolean all, String own, String only) {
        return visible(em.createQuery("SELECT count(a) FROM Assessment a " + VISIBLE, Long.class), all, own, only)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> visible(TypedQuery<T> query, boolean all, String own, String only) {
        return query.setParameter("all", all)
                .setParameter("approved", AssessmentState.APPROVED)
                .setParameter("own", own == null ? "" : own)
                .setParameter("only", only == null ? "" : only);
    }

    @Override
    public List<AssessmentListing> listingInState(AssessmentState state) {
        return em.createQuery(LISTING + "WHERE a.state = :state ORDER BY a.submittedAt, a.id", AssessmentListing.class)
                .setParameter("state", state)
                .getResultList();
    }

    @Override
    public List<Assessment> latestApprovedOfEach(int count, Collection<Long> municipalityIds) {
        if (municipalityIds.isEmpty()) {
            return List.of();
        }
        // The ranking in SQL, so only the reports wanted are read (each with its items and key figures).
        List<?> ids = em.createNativeQuery("""
                        SELECT id FROM (
                            SELECT a.id, row_number() OVER (PARTITION BY a.municipality_id ORDER BY p.first_day DESC) AS rank
                            FROM assessment a JOIN reporting_period p ON p.id = a.period_id
                            WHERE a.state = 'APPROVED' AND a.municipality_id = ANY (CAST(?2 AS BIGINT[]))) r
                        WHERE r.rank <= ?1
                        """)
                .setParameter(1, count)
                .setParameter(
                        2,
                        "{"
                                + String.join(
                                        ",",
                                        municipalityIds.stream()
                                                .map(String::valueOf)
                                                .toList()) + "}")
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT a FROM Assessment a WHERE a.id IN :ids"
                                + " ORDER BY a.municipality.slug, a.period.firstDay DESC",
                        Assessment.class)
                .setParameter(
                        "ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
                .getResultList();
    }

    @Override
    public Optional<Assessment> latestApproved(String municipalitySlug, LocalDate before) {
        return em.createQuery(
                        "SELECT a FROM Assessment a WHERE a.state = :state AND a.municipality.slug = :m"
                                + " AND a.period.firstDay < :before ORDER BY a.period.firstDay DESC",
                        Assessment.class)
                .setParameter("state", AssessmentState.APPROVED)
                .setParameter("m", municipalitySlug)
                .setParameter("before", before == null ? LocalDate.of(9999, 12, 31) : before)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
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
