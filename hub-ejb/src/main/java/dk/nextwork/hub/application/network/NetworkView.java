package dk.nextwork.hub.application.network;

import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The network picture as one caller may see it. Supervisors, the network admin and researchers see every municipality
 * by name; a municipality's lead and consultants see only their own municipality beside the network's median and
 * quartiles — no other municipality is named to them, here or anywhere derived from it.
 *
 * @param municipalities each municipality's latest approved scores (only the caller's own for municipal staff)
 * @param spread the median and quartiles per section over every municipality's latest approved report
 * @param trend the network's median per period and section, and the chosen municipality's scores beside it
 * @param columns the columns of the figure tables, as the active instrument declares them
 * @param figures key figures and outcomes per municipality, small counts and what could reveal them suppressed
 * @param totals the network's figures under {@code figures}: the totals of counts and the pooled shares (sums of
 *     numerators over sums of denominators) exactly for supervisors and the admin, suppressed together with the cells so
 *     that no hidden count can be worked out from them; for everyone else only pooled shares, over the municipalities
 *     whose figure in the column is shown (see {@code coverage})
 * @param medians the median of the municipalities' own figures, for the columns that declare one (for those who do not
 *     read every report exactly: over the figures shown, and suppressed over fewer than 5)
 * @param above how many municipalities are above each threshold a column declares (e.g. 20 % and 30 % self-supporting
 *     after internships), counting only those whose denominator is not small (for those who do not read every report
 *     exactly: over the figures shown, and left out over fewer than 5)
 * @param coverage per column, the municipalities that reported its figures and those its network figures, median and
 *     thresholds are made of (fewer for those who see only what the rows show)
 * @param periods the network's figures, medians and thresholds per period in the range, oldest first
 * @param alerts drift between a municipality's two latest approved reports (only the own for municipal staff)
 * @param calibration each municipality's latest report with supervisor ratings, against its previous such report
 * @param calibrationHistory the chosen (or own) municipality's calibration per period in the range, oldest first
 */
public record NetworkView(
        List<String> sections,
        List<MunicipalityScores> municipalities,
        List<Column> columns,
        List<MunicipalityFigures> figures,
        List<Figure> totals,
        List<Figure> medians,
        List<Above> above,
        List<Coverage> coverage,
        List<PeriodFigures> periods,
        List<Spread> spread,
        String trendMunicipality,
        List<TrendPoint> trend,
        List<DriftAlert> alerts,
        List<Calibration> calibration,
        List<Calibration> calibrationHistory) {

    /** A municipality's latest approved report: its period and its score per section (null: no score). */
    public record MunicipalityScores(
            String municipality,
            String name,

            @Schema(implementation = MunicipalityStatus.class)
            String status,

            long assessmentId,
            String period,
            List<Score> scores) {}

    /**
     * A municipality's key figures and outcomes from its latest approved report. A count of young people under the
     * small-number threshold, and any share computed from one, is suppressed: {@code value} is null and
     * {@code suppressed} true — the number never leaves the server.
     */
    public record MunicipalityFigures(String municipality, List<Figure> figures) {}

    /**
     * A column of the figure tables.
     *
     * @param table outcomes (key figures and outcomes) or internships (where internships lead)
     * @param show count (whole), ratio (one decimal) or share (percent)
     * @param labelDa the column's heading in Danish
     * @param labelEn the column's heading in English
     */
    public record Column(String code, String table, String show, String labelDa, String labelEn) {}

    /**
     * How many municipalities are above a share in a column.
     *
     * @param municipalities those above it
     * @param counted those counted: with the column's figures reported and a denominator not small
     */
    public record Above(String code, BigDecimal share, int municipalities, int counted) {}

    /**
     * A column's municipalities: those that reported every figure it is made of, and those of them its network figure,
     * median and thresholds are worked out from (all of them for supervisors and the admin; for everyone else those
     * whose figure is shown).
     */
    public record Coverage(String code, int reporting, int included) {}

    /** The network's figures in one period, over the municipalities with an approved report in it. */
    public record PeriodFigures(
            String period, List<Figure> network, List<Figure> medians, List<Above> above, List<Coverage> coverage) {}

    /**
     * @param code the column's code (see {@link Column}); in instrument 1.0: enrolledYouth, caseload (young people per consultant FTE, norm 15–22), inInternship (share of the
     *     enrolled), chosenByYouth (share of internships started), exitsToWork (share of exits into job or education,
     *     target 0.75), returners
     * @param complementary hidden not because it is small but so that a small one cannot be worked out from the totals
     *     (secondary suppression); {@code suppressed} is true too
     */
    public record Figure(String code, BigDecimal value, boolean suppressed, boolean complementary) {

        /** A figure shown, or one with nothing to show (null value, not suppressed). */
        public static Figure shown(String code, BigDecimal value) {
            return new Figure(code, value, false, false);
        }

        /** A small count, or a share worked out from one (primary suppression). */
        public static Figure small(String code) {
            return new Figure(code, null, true, false);
        }

        /** Hidden to protect a small count elsewhere in its column (secondary suppression). */
        public static Figure complementary(String code) {
            return new Figure(code, null, true, true);
        }
    }

    /** One section's score, exact and for display (one decimal, two where one would cross a band's limit). */
    public record Score(String section, String exact, BigDecimal value) {}

    /** One section's spread across municipalities. */
    public record Spread(
            String section,
            int municipalities,
            BigDecimal lowerQuartile,
            BigDecimal median,
            BigDecimal upperQuartile) {}

    /** One period and section: the network's median, and the chosen municipality's score (null if none). */
    public record TrendPoint(String period, String section, int municipalities, BigDecimal median, BigDecimal own) {}

    /**
     * How far the team's self-ratings lie from the supervisor's in one approved report, over the items the supervisor
     * rated: the items apart by the instrument's calibration gap or more (fidelity-rules' {@code Calibration}), the
     * mean difference, whether it narrowed since the municipality's previous such report, and the items apart in both.
     */
    public record Calibration(
            String municipality,
            String name,
            long assessmentId,
            String period,
            int rated,
            List<Gap> gaps,
            BigDecimal meanDifference,
            Boolean narrowed,
            List<String> persistent) {}

    /** One item far apart: the team's rating and the supervisor's. */
    public record Gap(String item, int selfRating, int supervisorRating) {}

    /**
     * A principle that dropped by the instrument's drift threshold or fell below the low-principle threshold between
     * the municipality's two latest approved reports.
     */
    public record DriftAlert(
            String municipality,
            String name,
            long assessmentId,
            String section,
            String previousPeriod,
            BigDecimal previous,
            String period,
            BigDecimal current,
            boolean dropped,
            boolean belowThreshold) {}
}
