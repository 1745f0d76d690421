package dk.nextwork.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.instrument.Band;
import dk.nextwork.fidelity.scoring.ShownScore;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShownScoreTest {

    /** The bands of fidelity-instrument-v1.md: høj fidelitet from 4.0, tilstrækkelig from 3.0, lav from 1. */
    private static final List<Band> BANDS = List.of(
            new Band("HIGH", Ratio.parse("4.0"), new Text("høj", "high")),
            new Band("ADEQUATE", Ratio.parse("3.0"), new Text("tilstrækkelig", "adequate")),
            new Band("LOW", Ratio.ONE, new Text("lav", "low")));

    @ParameterizedTest(name = "{0} is shown as {1}")
    @DisplayName(
            "one decimal, half up; two, cut, where one decimal would lift a score to a band's limit it has not reached")
    @CsvSource({
        // One decimal, half up, away from the limits.
        "59/18, 3.3", // 3.2777…
        "41/12, 3.4", // 3.4166…
        "3.94, 3.9",
        "4, 4.0",
        "4.04, 4.0",
        "4.05, 4.1",
        "5, 5.0",
        "1, 1.0",
        "2.94, 2.9",
        // One decimal would lift it to a limit it has not reached: two decimals, cut.
        "3.95, 3.95",
        "3.97, 3.97",
        "3.999, 3.99",
        "79/20, 3.95",
        "2.95, 2.95",
        "2.999, 2.99",
        // At or above the limit one decimal is right.
        "3.0, 3.0",
        "3.04, 3.0"
    })
    void shown(String exact, String shown) {
        BigDecimal expected = new BigDecimal(shown);
        assertThat(ShownScore.of(Ratio.parse(exact), BANDS)).isEqualTo(expected);
        assertThat(ShownScore.of(new BigDecimal(Ratio.parse(exact).rounded(6).toPlainString()), BANDS))
                .isEqualTo(expected);
    }
}
