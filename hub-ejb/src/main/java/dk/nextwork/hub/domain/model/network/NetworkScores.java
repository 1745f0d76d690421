package dk.nextwork.hub.domain.model.network;

import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The network picture's read model: approved reports' section scores, kept by the database as reports are approved
 * (table {@code approved_section_score}), aggregated in SQL. Nothing here loads a report.
 */
public interface NetworkScores {

    /**
     * One section's score in one approved report.
     *
     * @param rank 1 for the municipality's latest approved report, 2 for the one before it
     */
    record Score(
            String municipality,
            String municipalityName,
            String status,
            long assessmentId,
            String instrument,
            String instrumentVersion,
            String period,
            LocalDate periodStart,
            String section,
            BigDecimal value,
            String exact,
            int rank) {}

    /** The spread of one section's scores across municipalities' latest approved reports. */
    record Spread(
            String section,
            int municipalities,
            BigDecimal lowerQuartile,
            BigDecimal median,
            BigDecimal upperQuartile) {}

    /** The network's median of one section in one period, over the municipalities approved for that period. */
    record PeriodMedian(String period, LocalDate periodStart, String section, int municipalities, BigDecimal median) {}

    /** An item the supervisor rated in an approved report, beside the team's own rating. */
    record RatedItem(
            String municipality,
            String municipalityName,
            long assessmentId,
            String instrument,
            String instrumentVersion,
            String period,
            LocalDate periodStart,
            String item,
            Integer selfRating,
            int supervisorRating) {}

    /**
     * The items a supervisor rated in approved reports, oldest period first: of one municipality (any status) or of
     * every municipality by status; of each municipality's {@code latest} reports with supervisor ratings (0: all) in
     * the range of periods (null: open ended).
     */
    List<RatedItem> supervisorRated(
            Set<MunicipalityStatus> statuses, String municipality, int latest, LocalDate from, LocalDate to);

    /** One key figure of a municipality's latest approved report. */
    record Figure(String municipality, String figure, BigDecimal value) {}

    /**
     * The key figures named of every municipality's latest approved report, by status (or of one municipality's: its
     * own staff compare it with the network's figures, which {@link #figuresPerPeriod} gives).
     */
    List<Figure> latestFigures(Set<MunicipalityStatus> statuses, String municipality, Set<String> figures);

    /** One key figure of a municipality's approved report for a period. */
    record PeriodFigure(String period, LocalDate firstDay, String municipality, String figure, BigDecimal value) {}

    /**
     * The key figures named of every approved report in the range of periods (null: open ended), by status, oldest
     * period first.
     */
    List<PeriodFigure> figuresPerPeriod(
            Set<MunicipalityStatus> statuses, LocalDate from, LocalDate to, Set<String> figures);

    /** A municipality's fidelity in its approved report for a period: the total score, or one section's. */
    record PeriodFidelity(
            String period, LocalDate firstDay, String municipality, String municipalityName, BigDecimal score) {}

    /**
     * The fidelity of every approved report in the range of periods (null: open ended), by status, oldest period
     * first: the fidelity score frozen with each report ({@code section} null), or one section's score. Reports without
     * that score are left out.
     */
    List<PeriodFidelity> fidelityPerPeriod(
            Set<MunicipalityStatus> statuses, String section, LocalDate from, LocalDate to);

    /** Every municipality's latest and second-latest approved report's scores (ranks 1 and 2), by status. */
    List<Score> latestTwo(Set<MunicipalityStatus> statuses);

    /** One municipality's latest and second-latest approved report's scores. */
    List<Score> latestTwo(String municipality);

    /** Quartiles and median per section over every municipality's latest approved report, by status. */
    List<Spread> spread(Set<MunicipalityStatus> statuses);

    /** The median per section and period, oldest period first, within the range (null: open ended). */
    List<PeriodMedian> medians(Set<MunicipalityStatus> statuses, LocalDate from, LocalDate to);

    /** One municipality's approved scores per period and section, oldest first, within the range. */
    List<Score> series(String municipality, LocalDate from, LocalDate to);

    /**
     * The read model's version: raised by the database whenever a report is approved (or leaves the approved state),
     * added or removed, a municipality changes, a practice or its principles change, a period, an onboarding or the
     * instrument choice changes (V8, V20–V22, V24, V25), so anything computed from them may be kept under it.
     */
    long version();
}
