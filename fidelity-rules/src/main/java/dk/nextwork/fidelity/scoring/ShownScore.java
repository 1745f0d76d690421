package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Band;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a score is shown beside its band, everywhere the Hub shows one (report, network page, exports): one decimal,
 * rounded half up, as the instrument says; two decimals, cut, where one decimal would lift the score to a band's limit
 * it has not reached — so a 3.97 ("tilstrækkelig", below 4.0) is never shown as 4.0 beside its band.
 */
public final class ShownScore {

    private ShownScore() {}

    /** The score as shown, with scale 1, or 2 where one decimal would cross a band's limit. */
    public static BigDecimal of(Ratio exact, List<Band> bands) {
        BigDecimal one = exact.rounded(1);
        boolean crosses = bands.stream()
                .anyMatch(b -> exact.isBelow(b.minimum()) && Ratio.of(one).isAtLeast(b.minimum()));
        if (!crosses) {
            return one;
        }
        return BigDecimal.valueOf(exact.numerator())
                .divide(BigDecimal.valueOf(exact.denominator()), 2, RoundingMode.DOWN);
    }

    /** The same for a score stored as a decimal. */
    public static BigDecimal of(BigDecimal exact, List<Band> bands) {
        return of(Ratio.of(exact), bands);
    }
}
