package dk.nextwork.hub.application.network;

import dk.nextwork.fidelity.scoring.TableSuppression;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes the network follows, from the key figures of each municipality's latest approved report. A count of
 * young people under the threshold is hidden, with every share worked out from it (primary); with the network's totals
 * published, fidelity-rules' {@link TableSuppression} hides more until no hidden count can be worked out from the
 * totals (secondary), and a share worked out from a count hidden that way is hidden too.
 *
 * @param rows a row per municipality
 * @param totals the network's totals of the counts, or none
 */
record NetworkOutcomes(List<NetworkView.MunicipalityFigures> rows, List<NetworkView.Figure> totals) {

    /** The counts of young people in the outcomes table, which have network totals. */
    private static final List<String> COUNTS = List.of("enrolledYouth", "returners");

    /**
     * @param withTotals whether the network's totals are published (to those who read every report exactly: beside
     *     reports published with only the primary rule, a total would give a hidden count back to anyone else)
     * @param below the instrument's small-number threshold: a count under it is small
     */
    static NetworkOutcomes of(List<NetworkScores.Figure> figures, boolean withTotals, int below) {
        Map<String, Map<String, BigDecimal>> byMunicipality = new LinkedHashMap<>();
        figures.forEach(r -> byMunicipality
                .computeIfAbsent(r.municipality(), k -> new LinkedHashMap<>())
                .put(r.figure(), r.value()));
        List<String> slugs = List.copyOf(byMunicipality.keySet());
        // Each count column with its network total is its own table (no row totals are published), over the
        // municipalities that reported the figure: one not reported is no secret and adds nothing to the total.
        boolean[][] hiddenCells = new boolean[slugs.size()][COUNTS.size()];
        List<NetworkView.Figure> totals = new ArrayList<>();
        for (int c = 0; c < COUNTS.size() && withTotals; c++) {
            List<Integer> reported = new ArrayList<>();
            for (int r = 0; r < slugs.size(); r++) {
                if (byMunicipality.get(slugs.get(r)).get(COUNTS.get(c)) != null) {
                    reported.add(r);
                }
            }
            long[][] column = new long[reported.size()][1];
            long total = 0;
            for (int i = 0; i < reported.size(); i++) {
                column[i][0] = byMunicipality
                        .get(slugs.get(reported.get(i)))
                        .get(COUNTS.get(c))
                        .longValue();
                total += column[i][0];
            }
            boolean totalHidden = false;
            if (!reported.isEmpty()) {
                TableSuppression.Hidden hidden =
                        TableSuppression.suppress(new TableSuppression.Table(column, false, true, false), below);
                for (int i = 0; i < reported.size(); i++) {
                    hiddenCells[reported.get(i)][c] = hidden.cell(i, 0);
                }
                totalHidden = hidden.columnTotals()[0];
            }
            totals.add(
                    totalHidden
                            ? NetworkView.Figure.complementary(COUNTS.get(c))
                            : NetworkView.Figure.shown(
                                    COUNTS.get(c), reported.isEmpty() ? null : BigDecimal.valueOf(total)));
        }
        List<NetworkView.MunicipalityFigures> rows = new ArrayList<>();
        for (int r = 0; r < slugs.size(); r++) {
            rows.add(row(slugs.get(r), byMunicipality.get(slugs.get(r)), hiddenCells[r][0], hiddenCells[r][1], below));
        }
        return new NetworkOutcomes(rows, totals);
    }

    private static NetworkView.MunicipalityFigures row(
            String slug, Map<String, BigDecimal> f, boolean enrolledHidden, boolean returnersHidden, int below) {
        BigDecimal enrolled = f.get("enrolledYouth");
        BigDecimal job = f.get("exitsToJob");
        BigDecimal education = f.get("exitsToEducation");
        BigDecimal other = f.get("exitsOther");
        // The share needs all three exits reported; a small one among them would be given back by the others
        // published with the report, so it hides the share too.
        boolean exitsReported = job != null && education != null && other != null;
        BigDecimal limit = BigDecimal.valueOf(below);
        boolean smallExit = exitsReported
                && (job.compareTo(limit) < 0 || education.compareTo(limit) < 0 || other.compareTo(limit) < 0);
        BigDecimal exits = exitsReported ? job.add(education).add(other) : null;
        BigDecimal toWork = exitsReported ? job.add(education) : null;
        return new NetworkView.MunicipalityFigures(
                slug,
                List.of(
                        hide(count("enrolledYouth", enrolled, below), enrolledHidden),
                        hide(share("caseload", enrolled, f.get("consultantFte"), below, false), enrolledHidden),
                        hide(share("inInternship", f.get("youthInInternship"), enrolled, below, true), enrolledHidden),
                        share(
                                "chosenByYouth",
                                f.get("internshipsChosenByYouth"),
                                f.get("internshipsStarted"),
                                below,
                                true),
                        smallExit
                                ? NetworkView.Figure.small("exitsToWork")
                                : share("exitsToWork", toWork, exits, below, true),
                        hide(count("returners", f.get("returners"), below), returnersHidden)));
    }

    /** A figure hidden by the secondary rule: shown ones become complementary, small ones stay small. */
    private static NetworkView.Figure hide(NetworkView.Figure figure, boolean hidden) {
        return hidden && figure.value() != null ? NetworkView.Figure.complementary(figure.code()) : figure;
    }

    private static NetworkView.Figure count(String code, BigDecimal value, int below) {
        if (value == null) {
            return NetworkView.Figure.shown(code, null);
        }
        return value.compareTo(BigDecimal.valueOf(below)) < 0
                ? NetworkView.Figure.small(code)
                : NetworkView.Figure.shown(code, value);
    }

    /**
     * A ratio of two figures; hidden when a count of young people in it is small, since the other figure shown would
     * let it be worked back ({@code denominatorIsCount}: whether the denominator counts young people too).
     */
    private static NetworkView.Figure share(
            String code, BigDecimal numerator, BigDecimal denominator, int below, boolean denominatorIsCount) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return NetworkView.Figure.shown(code, null);
        }
        BigDecimal limit = BigDecimal.valueOf(below);
        boolean small = numerator.compareTo(limit) < 0 || (denominatorIsCount && denominator.compareTo(limit) < 0);
        return small
                ? NetworkView.Figure.small(code)
                : NetworkView.Figure.shown(code, numerator.divide(denominator, 4, RoundingMode.HALF_UP));
    }
}
