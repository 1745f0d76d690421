package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.application.common.ReadingOnly;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** The network read model in SQL: window functions for the latest reports, percentile_cont for medians. */
@ApplicationScoped
public class JpaNetworkScores implements NetworkScores {

    /** The reports ranked per municipality, newest period first; the outer queries keep ranks 1 and 2 or rank 1. */
    private static final String RANKED = """
            SELECT a.id, a.municipality_id, a.period_id, a.instrument_id, a.instrument_version,
                   row_number() OVER (PARTITION BY a.municipality_id ORDER BY p.first_day DESC) AS rank
            FROM assessment a
            JOIN reporting_period p ON p.id = a.period_id
            JOIN municipality m ON m.id = a.municipality_id
            WHERE a.state = 'APPROVED' AND m.status IN (%1$s) AND (?2 = '' OR m.slug = ?2)
            """;

    private static final String SCORES = """
            SELECT m.slug, m.name, m.status, r.id, r.instrument_id, r.instrument_version, p.code, p.first_day,
                   s.section, s.score, s.exact, r.rank
            FROM (%2$s) r
            JOIN approved_section_score s ON s.assessment_id = r.id
            JOIN municipality m ON m.id = r.municipality_id
            JOIN reporting_period p ON p.id = r.period_id
            WHERE r.rank <= 2
            ORDER BY m.name, r.rank, s.section
            """;

    private static final Set<MunicipalityStatus> EVERY_STATUS = EnumSet.allOf(MunicipalityStatus.class);

    @Resource(lookup = "java:app/jdbc/hub")
    DataSource dataSource;

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Inject
    ReadingOnly readingOnly;

    @Override
    public List<Score> latestTwo(Set<MunicipalityStatus> statuses) {
        return scores(em.createNativeQuery(scoresSql(statuses)).setParameter(2, ""));
    }

    @Override
    public List<Score> latestTwo(String municipality) {
        return scores(em.createNativeQuery(scoresSql(EVERY_STATUS)).setParameter(2, municipality));
    }

    @Override
    public List<RatedItem> supervisorRated(
            Set<MunicipalityStatus> statuses, String municipality, int latest, LocalDate from, LocalDate to) {
        // The reports with supervisor ratings ranked per municipality, newest first, so only those wanted are read.
        String sql = """
                WITH rated AS (
                    SELECT a.id, a.municipality_id, a.period_id, a.instrument_id, a.instrument_version,
                           row_number() OVER (PARTITION BY a.municipality_id ORDER BY p.first_day DESC) AS rank
                    FROM assessment a
                    JOIN reporting_period p ON p.id = a.period_id
                    JOIN municipality m ON m.id = a.municipality_id
                    WHERE a.state = 'APPROVED' AND m.status IN (%s) AND (?2 = '' OR m.slug = ?2)
                      AND p.first_day >= ?3 AND p.first_day <= ?4
                      AND EXISTS (SELECT 1 FROM assessment_item x
                                  WHERE x.assessment_id = a.id AND x.supervisor_rating IS NOT NULL))
                SELECT m.slug, m.name, r.id, r.instrument_id, r.instrument_version, p.code, p.first_day,
                       i.item_code, i.self_rating, i.supervisor_rating
                FROM rated r
                JOIN assessment_item i ON i.assessment_id = r.id
                JOIN reporting_period p ON p.id = r.period_id
                JOIN municipality m ON m.id = r.municipality_id
                WHERE i.supervisor_rating IS NOT NULL AND (?1 = 0 OR r.rank <= ?1)
                ORDER BY m.name, p.first_day, i.item_code
                """.formatted(in(municipality == null ? statuses : EVERY_STATUS));
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, latest)
                .setParameter(2, municipality == null ? "" : municipality)
                .setParameter(3, Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from))
                .setParameter(4, Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new RatedItem(
                        (String) r[0],
                        (String) r[1],
                        ((Number) r[2]).longValue(),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        localDate(r[6]),
                        (String) r[7],
                        r[8] == null ? null : ((Number) r[8]).intValue(),
                        ((Number) r[9]).intValue()))
                .toList();
    }

    @Override
    public List<Figure> latestFigures(Set<MunicipalityStatus> statuses, String municipality, Set<String> figures) {
        String sql =
                """
                SELECT m.slug, f.figure, f.value
                FROM (%s) r
                JOIN assessment_key_figure f ON f.assessment_id = r.id
                JOIN municipality m ON m.id = r.municipality_id
                WHERE r.rank = 1 AND f.figure IN (%s)
                ORDER BY m.slug, f.figure
                """.formatted(RANKED.formatted(in(municipality == null ? statuses : EVERY_STATUS)), names(figures));
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(2, municipality == null ? "" : municipality)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Figure((String) r[0], (String) r[1], NativeValues.decimal(r[2])))
                .toList();
    }

    @Override
    public List<PeriodFigure> figuresPerPeriod(
            Set<MunicipalityStatus> statuses, LocalDate from, LocalDate to, Set<String> figures) {
        String sql = """
                SELECT p.code, p.first_day, m.slug, f.figure, f.value
                FROM assessment a
                JOIN reporting_period p ON p.id = a.period_id
                JOIN municipality m ON m.id = a.municipality_id
                JOIN assessment_key_figure f ON f.assessment_id = a.id
                WHERE a.state = 'APPROVED' AND m.status IN (%s) AND p.first_day >= ?2 AND p.first_day <= ?3
                  AND f.figure IN (%s)
                ORDER BY p.first_day, m.slug, f.figure
                """.formatted(in(statuses), names(figures));
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(2, Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from))
                .setParameter(3, Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new PeriodFigure(
                        (String) r[0], localDate(r[1]), (String) r[2], (String) r[3], NativeValues.decimal(r[4])))
                .toList();
    }

    @Override
    public List<PeriodFidelity> fidelityPerPeriod(
            Set<MunicipalityStatus> statuses, String section, LocalDate from, LocalDate to) {
        // The total is the fraction frozen with the report (principles' mean); a section's is the read model's row.
        String sql = """
                SELECT f.code, f.first_day, f.slug, f.name, f.score
                FROM (SELECT p.code, p.first_day, m.slug, m.name,
                             CASE WHEN ?1 = '' THEN hub_fraction(a.scores::jsonb ->> 'fidelity')
                                  ELSE s.score END AS score
                      FROM assessment a
                      JOIN reporting_period p ON p.id = a.period_id
                      JOIN municipality m ON m.id = a.municipality_id
                      LEFT JOIN approved_section_score s ON s.assessment_id = a.id AND s.section = ?1
                      WHERE a.state = 'APPROVED' AND m.status IN (%s)
                        AND p.first_day >= ?2 AND p.first_day <= ?3) f
                WHERE f.score IS NOT NULL
                ORDER BY f.first_day, f.slug
                """.formatted(in(statuses));
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, section == null ? "" : section)
                .setParameter(2, Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from))
                .setParameter(3, Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new PeriodFidelity(
                        (String) r[0], localDate(r[1]), (String) r[2], (String) r[3], NativeValues.decimal(r[4])))
                .toList();
    }

    /**
     * Figure names as SQL literals: they come from the instrument files, whose loader allows only letters and digits,
     * and are quoted here all the same.
     */
    private static String names(Set<String> figures) {
        if (figures.isEmpty()) {
            return "NULL";
        }
        StringBuilder list = new StringBuilder();
        for (String figure : figures) {
            if (!figure.chars().allMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("not a key figure's name: " + figure);
            }
            list.append(list.length() == 0 ? "" : ", ")
                    .append('\'')
                    .append(figure)
                    .append('\'');
        }
        return list.toString();
    }

    @Override
    public List<Spread> spread(Set<MunicipalityStatus> statuses) {
        String sql = """
                SELECT s.section, count(s.score),
                       round(percentile_cont(0.25) WITHIN GROUP (ORDER BY s.score)::numeric, 8),
                       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s.score)::numeric, 8),
                       round(percentile_cont(0.75) WITHIN GROUP (ORDER BY s.score)::numeric, 8)
                FROM (%s) r
                JOIN approved_section_score s ON s.assessment_id = r.id
                WHERE r.rank = 1 AND s.score IS NOT NULL
                GROUP BY s.section
                ORDER BY s.section
                """.formatted(RANKED.formatted(in(statuses)));
        List<?> rows = em.createNativeQuery(sql).setParameter(2, "").getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Spread(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        NativeValues.decimal(r[2]),
                        NativeValues.decimal(r[3]),
                        NativeValues.decimal(r[4])))
                .toList();
    }

    @Override
    public List<PeriodMedian> medians(Set<MunicipalityStatus> statuses, LocalDate from, LocalDate to) {
        String sql = """
                SELECT p.code, p.first_day, s.section, count(s.score),
                       round(percentile_cont(0.5) WITHIN GROUP (ORDER BY s.score)::numeric, 8)
                FROM approved_section_score s
                JOIN reporting_period p ON p.id = s.period_id
                JOIN municipality m ON m.id = s.municipality_id
                WHERE s.score IS NOT NULL AND m.status IN (%s) AND p.first_day >= ?2 AND p.first_day <= ?3
                GROUP BY p.code, p.first_day, s.section
                ORDER BY p.first_day, s.section
                """.formatted(in(statuses));
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(2, Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from))
                .setParameter(3, Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new PeriodMedian(
                        (String) r[0],
                        localDate(r[1]),
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        NativeValues.decimal(r[4])))
                .toList();
    }

    @Override
    public List<Score> series(String municipality, LocalDate from, LocalDate to) {
        String sql = """
                SELECT m.slug, m.name, m.status, a.id, a.instrument_id, a.instrument_version, p.code, p.first_day,
                       s.section, s.score, s.exact, 0
                FROM approved_section_score s
                JOIN assessment a ON a.id = s.assessment_id
                JOIN reporting_period p ON p.id = s.period_id
                JOIN municipality m ON m.id = s.municipality_id
                WHERE m.slug = ?1 AND p.first_day >= ?2 AND p.first_day <= ?3
                ORDER BY p.first_day, s.section
                """;
        return scores(em.createNativeQuery(sql)
                .setParameter(1, municipality)
                .setParameter(2, Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from))
                .setParameter(3, Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to)));
    }

    @Override
    public long version() {
        // Read several times on every page that shows kept values, so straight through JDBC: outside a transaction a
        // query through the entity manager opens and clears a persistence context of its own, five times the cost of
        // the query (JFR on a lead's start page). Inside a transaction the pool hands out the transaction's own
        // connection (a shareable resource), and the transaction's pending changes are written first, as a query
        // through the entity manager would, so the transaction reads its own raise. A page being rendered reads it once
        // (ReadingOnly).
        if (em.isJoinedToTransaction()) {
            em.flush();
            return readVersion();
        }
        try {
            return readingOnly.version(this::readVersion);
        } catch (ContextNotActiveException e) {
            return readVersion(); // no request: a timer or a task of its own
        }
    }

    private long readVersion() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT version FROM network_version WHERE id = 1");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new PersistenceException("network_version has no row");
            }
            return r.getLong(1);
        } catch (SQLException e) {
            throw new PersistenceException("The network read model's version could not be read", e);
        }
    }

    private static String scoresSql(Set<MunicipalityStatus> statuses) {
        return SCORES.replace("%2$s", RANKED.formatted(in(statuses)));
    }

    /** The statuses as SQL literals: enum names, so nothing a caller sends reaches the SQL text. */
    private static String in(Set<MunicipalityStatus> statuses) {
        List<String> known = statuses.stream().map(Enum::name).sorted().toList();
        if (known.isEmpty()) {
            return "NULL";
        }
        return String.join(", ", known.stream().map(s -> "'" + s + "'").toList());
    }

    private static List<Score> scores(Query query) {
        List<?> rows = query.getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Score(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).longValue(),
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        localDate(r[7]),
                        (String) r[8],
                        NativeValues.decimal(r[9]),
                        (String) r[10],
                        ((Number) r[11]).intValue()))
                .toList();
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return value instanceof Date d ? d.toLocalDate() : LocalDate.parse(value.toString());
    }
}
