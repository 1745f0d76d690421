package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentListing;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.assessment.UnfinishedAssessment;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

@ApplicationScoped
public class JpaAssessmentRepository implements AssessmentRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Resource(lookup = "java:app/jdbc/hub")
    DataSource dataSource;

    @Override
    public Optional<Assessment> find(long id) {
        return Optional.ofNullable(em.find(Assessment.class, id));
    }

    @Override
    public Optional<ReadVersions> readVersions(long id) {
        // Straight through JDBC, as the network version (JpaNetworkScores): outside a transaction a query through the
        // entity manager opens and clears a persistence context of its own.
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT a.version, n.version FROM assessment a, network_version n"
                                + " WHERE a.id = ? AND n.id = 1")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new ReadVersions(r.getLong(1), r.getLong(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("The versions of report " + id + " could not be read", e);
        }
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
    public Set<String> periodsReported(String municipalitySlug) {
        return Set.copyOf(
                em.createQuery("SELECT a.period.code FROM Assessment a WHERE a.municipality.slug = :m", String.class)
                        .setParameter("m", municipalitySlug)
                        .getResultList());
    }

    private static final String LISTING = "SELECT NEW dk.nextwork.hub.domain.model.assessment.AssessmentListing("
            + "a.id, a.municipality.slug, a.municipality.name, a.period.code, a.state, a.submittedAt, a.version)"
            + " FROM Assessment a ";

    /** A list line's columns and where they come from, shared by both statements of a page. */
    private static final String LINES = """
            SELECT a.id, m.slug, m.name, p.code, a.state, a.submitted_at, a.version
            FROM assessment a
            JOIN municipality m ON m.id = a.municipality_id
            JOIN reporting_period p ON p.id = a.period_id
            """;

    /** The list's order: the newest period first, then the municipalities by name. */
    private static final String LINE_ORDER = "ORDER BY p.first_day DESC, m.name, a.id\n";

    /**
     * One page of the list, read along the newest periods (the indexes of V19) and stopping after its rows. The order is
     * the list's. Which reports a list holds: all ({@code ?1}), or the approved and the own municipality's ({@code ?2});
     * and perhaps only one municipality's ({@code ?3}). The count below holds the same ones.
     */
    private static final String LISTING_PAGE = LINES
            + "WHERE (?1 OR a.state = 'APPROVED' OR m.slug = ?2) AND (?3 = '' OR m.slug = ?3)\n"
            + LINE_ORDER
            + "OFFSET ?4 LIMIT ?5";

    /**
     * The count of all lines, naming municipalities by id, each slug looked up once, so that for those who see every
     * report (the conditions then fold to true) it is an index-only scan of the reports alone.
     */
    private static final String LISTING_COUNT = """
            SELECT count(*) FROM assessment c
            WHERE (?1 OR c.state = 'APPROVED' OR c.municipality_id = (SELECT id FROM municipality WHERE slug = ?2))
              AND (?3 = '' OR c.municipality_id = (SELECT id FROM municipality WHERE slug = ?3))
            """;

    /**
     * The page for those who see every report and name no municipality (the supervisors' and researchers' list, the
     * busiest): no condition, and the page's bounds written into the statement as whole numbers, so that it has no
     * parameter and PostgreSQL keeps its plan on the connection instead of planning it at every request
     * ({@code force_custom_plan} plans only statements with parameters anew): 0.2 ms less of its time per page.
     */
    private static final String EVERY_REPORT_PAGE = LINES + LINE_ORDER;

    @Override
    public List<AssessmentListing> listing(boolean all, String own, String only, long offset, int limit) {
        List<?> rows = all && (only == null || only.isEmpty())
                ? em.createNativeQuery(EVERY_REPORT_PAGE + "OFFSET " + Long.toString(offset) + " LIMIT "
                                + Integer.toString(limit))
                        .getResultList()
                : em.createNativeQuery(LISTING_PAGE)
                        .setParameter(1, all)
                        .setParameter(2, own == null ? "" : own)
                        .setParameter(3, only == null ? "" : only)
                        .setParameter(4, offset)
                        .setParameter(5, limit)
                        .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new AssessmentListing(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        AssessmentState.valueOf((String) r[4]),
                        NativeValues.instant(r[5]),
                        ((Number) r[6]).longValue()))
                .toList();
    }

    @Override
    public long listingCount(boolean all, String own, String only) {
        return ((Number) em.createNativeQuery(LISTING_COUNT)
                        .setParameter(1, all)
                        .setParameter(2, own == null ? "" : own)
                        .setParameter(3, only == null ? "" : only)
                        .getSingleResult())
                .longValue();
    }

    private static final String UNFINISHED = """
            SELECT a.id, p.code, a.state, a.return_reason, a.instrument_id, a.instrument_version,
                array_to_string(ARRAY(SELECT i.item_code FROM assessment_item i
                                      WHERE i.assessment_id = a.id AND i.self_rating IS NOT NULL), ',')
            FROM assessment a
            JOIN municipality m ON m.id = a.municipality_id
            JOIN reporting_period p ON p.id = a.period_id
            WHERE m.slug = ?1 AND a.state IN ('DRAFT', 'RETURNED')
            ORDER BY p.first_day DESC, a.id
            LIMIT ?2
            """;

    @Override
    public List<UnfinishedAssessment> unfinished(String municipalitySlug, int max) {
        List<?> rows = em.createNativeQuery(UNFINISHED)
                .setParameter(1, municipalitySlug)
                .setParameter(2, max)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new UnfinishedAssessment(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        AssessmentState.valueOf((String) r[2]),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        ((String) r[6]).isEmpty() ? Set.of() : Set.of(((String) r[6]).split(","))))
                .toList();
    }

    @Override
    public List<AssessmentListing> listingInState(AssessmentState state) {
        // The state is bound as a parameter; PostgreSQL plans each statement with its value (the pool's
        // plan_cache_mode=force_custom_plan), so the submitted reports' partial index (V23) answers the review queue.
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
