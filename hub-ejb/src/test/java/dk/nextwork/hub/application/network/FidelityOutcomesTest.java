package dk.nextwork.hub.application.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    @DisplayName("nine points with ρ 0.891 (0.446 to 0.983) and lagged 0.866; exits of 4 and none reported are left"
            + " out and counted; a municipality without an earlier report is out of the lagged figure only")
    void period() {
        List<FidelityOutcomes.Fidelity> fidelity = new ArrayList<>();
        List<FidelityOutcomes.Exits> exits = new ArrayList<>();
        for (int i = 0; i < M.length; i++) {
            fidelity.add(new FidelityOutcomes.Fidelity(M[i], "2026-H1", new BigDecimal(NOW[i])));
            fidelity.add(new FidelityOutcomes.Fidelity(M[i], "2025-H2", new BigDecimal(BEFORE[i])));
            exits.add(new FidelityOutcomes.Exits(M[i], "2026-H1", EXITS[i][0], EXITS[i][1], EXITS[i][2]));
        }
        // Exits of 2 + 1 + 1 = 4: under 5, no share.
        fidelity.add(new FidelityOutcomes.Fidelity("small", "2026-H1", new BigDecimal("5.0")));
        exits.add(new FidelityOutcomes.Exits("small", "2026-H1", 2, 1, 1));
        // No exits reported.
        fidelity.add(new FidelityOutcomes.Fidelity("silent", "2026-H1", new BigDecimal("1.0")));

        FidelityOutcomes.Period period = FidelityOutcomes.analyse(fidelity, exits, List.of("2025-H2", "2026-H1"), 5)
                .get(1);
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
        fidelity.add(new FidelityOutcomes.Fidelity("new", "2026-H1", new BigDecimal("3.0")));
        exits.add(new FidelityOutcomes.Exits("new", "2026-H1", 5, 5, 10));
        FidelityOutcomes.Period withNew = FidelityOutcomes.analyse(fidelity, exits, List.of("2025-H2", "2026-H1"), 5)
                .get(1);
        assertThat(withNew.now().n()).isEqualTo(10);
        assertThat(withNew.lagged().n()).isEqualTo(9);
        assertThat(withNew.lagged().rho()).isCloseTo(0.866, within(0.0005));
    }
}
