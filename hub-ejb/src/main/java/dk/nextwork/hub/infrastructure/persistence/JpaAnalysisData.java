package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.network.AnalysisData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The analysis extract's data in SQL: approved reports only, each kind of value in one query. */
@ApplicationScoped
public class JpaAnalysisData implements AnalysisData {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public List<Report> reports() {
        List<?> rows = em.createNativeQuery("""
                        SELECT a.id, m.slug, m.name, m.kommunekode, m.status, p.code, p.first_day, a.instrument_id,
                               a.instrument_version, hub_fraction(a.scores::jsonb ->> 'fidelity')
                        FROM assessment a
                        JOIN municipality m ON m.id = a.municipality_id
                        JOIN reporting_period p ON p.id = a.period_id
                        WHERE a.state = 'APPROVED'
                        ORDER BY m.slug, p.first_day
                        """).getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Report(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        NativeValues.date(r[6]),
                        (String) r[7],
                        (String) r[8],
                        NativeValues.decimal(r[9])))
                .toList();
    }

    @Override
    public List<Value> sectionScores() {
        return values("""
                SELECT s.assessment_id, s.section, s.score
                FROM approved_section_score s
                WHERE s.score IS NOT NULL
                """);
    }

    @Override
    public List<Value> keyFigures() {
        return values("""
                SELECT f.assessment_id, f.figure, f.value
                FROM assessment_key_figure f
                JOIN assessment a ON a.id = f.assessment_id
                WHERE a.state = 'APPROVED'
                """);
    }

    @Override
    public List<Calibration> calibration() {
        List<?> rows = em.createNativeQuery("""
                        SELECT i.assessment_id, count(*),
                               round(avg(i.supervisor_rating - i.self_rating), 6),
                               count(*) FILTER (WHERE abs(i.supervisor_rating - i.self_rating) >= 2)
                        FROM assessment_item i
                        JOIN assessment a ON a.id = i.assessment_id
                        WHERE a.state = 'APPROVED' AND i.supervisor_rating IS NOT NULL
                          AND i.self_rating BETWEEN 1 AND 5
                        GROUP BY i.assessment_id
                        """).getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Calibration(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).intValue(),
                        NativeValues.decimal(r[2]),
                        ((Number) r[3]).intValue()))
                .toList();
    }

    private List<Value> values(String sql) {
        List<?> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Value(((Number) r[0]).longValue(), (String) r[1], NativeValues.decimal(r[2])))
                .toList();
    }
}
