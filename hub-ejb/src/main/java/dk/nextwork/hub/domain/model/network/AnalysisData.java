package dk.nextwork.hub.domain.model.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Every approved report's figures for the researchers' analysis extract, read in SQL one kind at a time (the reports,
 * their section scores, their key figures, their calibration), each joined to the reports by the report's id.
 */
public interface AnalysisData {

    /** An approved report: whose, which period, which instrument version, and its fidelity score (null: none). */
    record Report(
            long id,
            String municipality,
            String municipalityName,
            String kommunekode,
            String status,
            String period,
            LocalDate periodStart,
            String instrument,
            String instrumentVersion,
            BigDecimal fidelity) {}

    /** One value of an approved report: a section's score or a key figure, by its code. */
    record Value(long report, String code, BigDecimal value) {}

    /**
     * How a report's self-ratings met the supervisor's, over the items the supervisor rated.
     *
     * @param rated items the supervisor rated (with a self-rating of 1–5)
     * @param meanDifference the mean of the supervisor's rating minus the team's
     * @param largeGaps items two or more points apart
     */
    record Calibration(long report, int rated, BigDecimal meanDifference, int largeGaps) {}

    /** Every approved report, by municipality and period. */
    List<Report> reports();

    /** Every approved report's section scores. */
    List<Value> sectionScores();

    /** Every approved report's key figures. */
    List<Value> keyFigures();

    /** Every approved report's calibration, where the supervisor rated items. */
    List<Calibration> calibration();
}
