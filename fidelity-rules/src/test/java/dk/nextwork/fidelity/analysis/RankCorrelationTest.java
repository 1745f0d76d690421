package dk.nextwork.fidelity.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Expected values worked out apart from the code: average ranks and the Pearson correlation of the ranks written out
 * in a few lines of plain Python (no statistics package), and the interval as tanh(atanh(ρ) ± 1.959964 · √((1 + ρ²/2)
 * / (n − 3))).
 */
@DisplayName("Spearman's rank correlation")
class RankCorrelationTest {

    /** Nine municipalities' fidelity; 3.8 twice. */
    private static final double[] FIDELITY = {3.2, 3.8, 4.1, 2.9, 3.8, 4.5, 3.5, 4.0, 2.7};
    /** The same municipalities' fidelity one period before; 3.6 twice. */
    private static final double[] BEFORE = {3.0, 3.6, 4.2, 3.1, 3.6, 4.4, 3.3, 3.7, 2.8};
    /** Their shares of exits into job or education; 0.30 twice. */
    private static final double[] OUTCOME = {0.30, 0.42, 0.55, 0.28, 0.40, 0.61, 0.30, 0.47, 0.35};

    private static List<RankCorrelation.Pair> pairs(double[] x, double[] y) {
        List<RankCorrelation.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            pairs.add(new RankCorrelation.Pair(x[i], y[i]));
        }
        return pairs;
    }

    @Test
    @DisplayName("nine municipalities with ties: ρ 0.891 (0.446 to 0.983); fidelity a period before: 0.866 (0.360 to"
            + " 0.978)")
    void handMadeNetwork() {
        // Ranks 3, 5.5, 8, 2, 5.5, 9, 4, 7, 1 against 2.5, 6, 8, 1, 5, 9, 2.5, 7, 4.
        RankCorrelation now = RankCorrelation.of(pairs(FIDELITY, OUTCOME));
        assertThat(now.n()).isEqualTo(9);
        assertThat(now.rho()).isCloseTo(0.890756, within(0.0005));
        assertThat(now.lower()).isCloseTo(0.446189, within(0.0005));
        assertThat(now.upper()).isCloseTo(0.982716, within(0.0005));
        RankCorrelation lagged = RankCorrelation.of(pairs(BEFORE, OUTCOME));
        assertThat(lagged.rho()).isCloseTo(0.865546, within(0.0005));
        assertThat(lagged.lower()).isCloseTo(0.360034, within(0.0005));
        assertThat(lagged.upper()).isCloseTo(0.978163, within(0.0005));
    }

    @Test
    @DisplayName("under 3 municipalities, or a measure that does not vary, no ρ; with 3, ρ but no interval")
    void tooFew() {
        assertThat(RankCorrelation.of(pairs(new double[] {1, 2}, new double[] {1, 2}))
                        .rho())
                .isNull();
        assertThat(RankCorrelation.of(pairs(new double[] {3, 3, 3, 3}, new double[] {1, 2, 3, 4}))
                        .rho())
                .isNull();
        RankCorrelation three = RankCorrelation.of(pairs(new double[] {1, 2, 3}, new double[] {1, 3, 2}));
        assertThat(three.rho()).isCloseTo(0.5, within(1e-9));
        assertThat(three.lower()).isNull();
    }
}
