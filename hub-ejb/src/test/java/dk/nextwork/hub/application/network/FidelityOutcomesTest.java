package dk.nextwork.hub.application.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Fidelity against the share of exits into job or education, per period. The network is fidelity-rules'
 * RankCorrelationTest's nine municipalities (ρ 0.891 now, 0.866 with fidelity a period before, worked out apart in
 * plain Python), with their shares made of exits (6 of 20 is 0.30, 21 of 50 is 0.42 …), and three more that must stay
 * out: exits of 4, no exits reported, and no fidelity a period before (out of the lagged figure only).
 */
@DisplayName("Fidelity against outcomes")
class FidelityOutcomesTest {

    private static final String[] M = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
    private static final String[] NOW = {"3.2", "3.8", "4.1", "2.9", "3.8", "4.5", "3.5", "4.0", "2.7"};
    private static final String[] BEFORE = {"3.0", "3.6", "4.2", "3.1", "3.6", "4.4", "3.3", "3.7", "2.8"};
    /** Job, education and other exits giving 0.30, 0.42, 0.55, 0.28, 0.40, 0.61, 0.30, 0.47, 0.35. */
    private static final long[][] EXITS = {
        {3, 3, 14}, {11, 10, 29}, {6, 5, 9}, {4, 3, 18}, {4, 4, 12}, {31, 30, 39}, {2, 4, 14}, {25, 22, 53}, {4, 3, 13}
    };

    private static final LocalDate NOW_PERIOD = LocalDate.of(2026, 1, 1);
    private static final LocalDate BEFORE_PERIOD = LocalDate.of(2025, 7, 1);

    @Test
    @DisplayName("nine points with ρ 0.891 (0.446 to 0.983) and lagged 0.866; exits of 4 and none reported are left"
            + " out and counted; a municipality without an earlier report is out of the lagged figure only")
    void period() {
        List<FidelityOutcomes.Fidelity> fidelity = new ArrayList<>();
        List<FidelityOutcomes.FigureRow> figures = new ArrayList<>();
        for (int i = 0; i < M.length; i++) {
            fidelity.add(new FidelityOutcomes.Fidelity(M[i], M[i], NOW_PERIOD, new BigDecimal(NOW[i])));
            fidelity.add(new FidelityOutcomes.Fidelity(M[i], M[i], BEFORE_PERIOD, new BigDecimal(BEFORE[i])));
            exits(figures, M[i], EXITS[i][0], EXITS[i][1], EXITS[i][2]);
        }
        // Exits of 2 + 1 + 1 = 4: under 5, no share.
        fidelity.add(new FidelityOutcomes.Fidelity("small", "small", NOW_PERIOD, new BigDecimal("5.0")));
        exits(figures, "small", 2, 1, 1);
        // No exits reported.
        fidelity.add(new FidelityOutcomes.Fidelity("silent", "silent", NOW_PERIOD, new BigDecimal("1.0")));

        FidelityOutcomes.Analysis period = analyse(fidelity, figures);
        assertThat(period.points()).hasSize(9);
        assertThat(period.points().get(0).share()).isEqualByComparingTo("0.3");
        assertThat(period.smallOutcome()).isEqualTo(1);
        assertThat(period.noOutcome()).isEqualTo(1);
        assertThat(period.now().n()).isEqualTo(9);
        assertThat(period.now().rho()).isCloseTo(0.891, within(0.0005));
        assertThat(period.now().lower()).isCloseTo(0.446, within(0.0005));
        assertThat(period.now().upper()).isCloseTo(0.983, within(0.0005));
        assertThat(period.lagged().n()).isEqualTo(9);
        assertThat(period.lagged().rho()).isCloseTo(0.866, within(0.0005));

        // A tenth with a point now but no report before: in ρ now, out of the lagged one.
        fidelity.add(new FidelityOutcomes.Fidelity("new", "new", NOW_PERIOD, new BigDecimal("3.0")));
        exits(figures, "new", 5, 5, 10);
        FidelityOutcomes.Analysis withNew = analyse(fidelity, figures);
        assertThat(withNew.now().n()).isEqualTo(10);
        // Worked out the same way with (3.0, 10/20) added: ρ 0.713415 (0.064296 to 0.938322).
        assertThat(withNew.now().rho()).isCloseTo(0.713, within(0.0005));
        assertThat(withNew.now().lower()).isCloseTo(0.064, within(0.0005));
        assertThat(withNew.lagged().n()).isEqualTo(9);
        assertThat(withNew.lagged().rho()).isCloseTo(0.866, within(0.0005));
    }

    @Test
    @DisplayName("over two periods a municipality's fidelity is its mean and its share its exits added up: 3.0 and 4.0"
            + " give 3.5, and 2 of 4 then 6 of 6 give 8 of 10, a point though 4 alone would be left out; a period with"
            + " fidelity but no exits, or exits but no fidelity, is not pooled")
    void pooled() {
        LocalDate third = NOW_PERIOD.plusMonths(6);
        LocalDate fourth = NOW_PERIOD.plusMonths(12);
        List<FidelityOutcomes.Fidelity> fidelity = List.of(
                new FidelityOutcomes.Fidelity("a", "A", BEFORE_PERIOD, new BigDecimal("3.0")),
                new FidelityOutcomes.Fidelity("a", "A", NOW_PERIOD, new BigDecimal("4.0")),
                // Fidelity without exits: not in the mean.
                new FidelityOutcomes.Fidelity("a", "A", third, new BigDecimal("1.0")));
        List<FidelityOutcomes.FigureRow> figures = new ArrayList<>();
        exits(figures, "a", BEFORE_PERIOD, 2, 0, 2);
        exits(figures, "a", NOW_PERIOD, 3, 3, 0);
        // Exits without fidelity: not in the sums.
        exits(figures, "a", fourth, 0, 0, 90);
        List<FidelityOutcomes.Outcome> outcomes = FidelityOutcomes.outcomes(FidelityOutcomes.Measure.EXITS, figures);

        assertThat(FidelityOutcomes.analyse(
                                FidelityOutcomes.Measure.EXITS, fidelity, outcomes, Set.of(BEFORE_PERIOD), 5)
                        .smallOutcome())
                .isEqualTo(1);
        FidelityOutcomes.Analysis all = FidelityOutcomes.analyse(
                FidelityOutcomes.Measure.EXITS,
                fidelity,
                outcomes,
                Set.of(BEFORE_PERIOD, NOW_PERIOD, third, fourth),
                5);
        assertThat(all.points()).singleElement().satisfies(p -> {
            assertThat(p.fidelity()).isEqualByComparingTo("3.5");
            assertThat(p.share()).isEqualByComparingTo("0.8");
            // 2 of 4 and 0 into education: counts under 5 in the share.
            assertThat(p.smallCount()).isTrue();
        });
    }

    @Test
    @DisplayName("returners per enrolled: 6 of 40 is 0.15; a report without enrolled young people, or without"
            + " returners, gives no outcome")
    void returners() {
        List<FidelityOutcomes.FigureRow> figures = List.of(
                new FidelityOutcomes.FigureRow("a", NOW_PERIOD, "returners", BigDecimal.valueOf(6)),
                new FidelityOutcomes.FigureRow("a", NOW_PERIOD, "enrolledYouth", BigDecimal.valueOf(40)),
                new FidelityOutcomes.FigureRow("b", NOW_PERIOD, "returners", BigDecimal.valueOf(3)),
                new FidelityOutcomes.FigureRow("c", NOW_PERIOD, "enrolledYouth", BigDecimal.valueOf(40)));
        List<FidelityOutcomes.Outcome> outcomes =
                FidelityOutcomes.outcomes(FidelityOutcomes.Measure.RETURNERS, figures);
        FidelityOutcomes.Analysis analysis = FidelityOutcomes.analyse(
                FidelityOutcomes.Measure.RETURNERS,
                List.of(
                        new FidelityOutcomes.Fidelity("a", "A", NOW_PERIOD, new BigDecimal("3.0")),
                        new FidelityOutcomes.Fidelity("b", "B", NOW_PERIOD, new BigDecimal("3.0")),
                        new FidelityOutcomes.Fidelity("c", "C", NOW_PERIOD, new BigDecimal("3.0"))),
                outcomes,
                Set.of(NOW_PERIOD),
                5);
        assertThat(analysis.points()).singleElement().satisfies(p -> {
            assertThat(p.share()).isEqualByComparingTo("0.15");
            assertThat(p.smallCount()).isFalse();
        });
        assertThat(analysis.noOutcome()).isEqualTo(2);
    }

    private static FidelityOutcomes.Analysis analyse(
            List<FidelityOutcomes.Fidelity> fidelity, List<FidelityOutcomes.FigureRow> figures) {
        return FidelityOutcomes.analyse(
                FidelityOutcomes.Measure.EXITS,
                fidelity,
                FidelityOutcomes.outcomes(FidelityOutcomes.Measure.EXITS, figures),
                Set.of(NOW_PERIOD),
                5);
    }

    private static void exits(
            List<FidelityOutcomes.FigureRow> figures, String municipality, long job, long education, long other) {
        exits(figures, municipality, NOW_PERIOD, job, education, other);
    }

    private static void exits(
            List<FidelityOutcomes.FigureRow> figures,
            String municipality,
            LocalDate period,
            long job,
            long education,
            long other) {
        figures.add(new FidelityOutcomes.FigureRow(municipality, period, "exitsToJob", BigDecimal.valueOf(job)));
        figures.add(new FidelityOutcomes.FigureRow(
                municipality, period, "exitsToEducation", BigDecimal.valueOf(education)));
        figures.add(new FidelityOutcomes.FigureRow(municipality, period, "exitsOther", BigDecimal.valueOf(other)));
    }
}
