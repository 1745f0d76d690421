package dk.nextwork.hub.interfaces.network.web;

import dk.nextwork.fidelity.instrument.Band;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.scoring.ShownScore;
import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.interfaces.i18n.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The network picture's figures in words, the same on the page and in its CSV export. */
final class NetworkFormats {

    /**
     * The bands scores are shown beside: the latest NExTWORK instrument's (every version so far has the same, 4.0 and
     * 3.0), as the network picture puts reports of different versions side by side.
     */
    private static final List<Band> BANDS = InstrumentCatalog.builtIn()
            .latest("nextwork-fidelity")
            .orElseThrow()
            .bands();

    private NetworkFormats() {}

    /** A report's calibration gaps as "MS3 (4 → 2), AI1 (5 → 3)", or {@code none} without any. */
    static String gaps(NetworkView.Calibration c, String none) {
        return c.gaps().isEmpty()
                ? none
                : String.join(
                        ", ",
                        c.gaps().stream()
                                .map(g -> g.item() + " (" + g.selfRating() + " → " + g.supervisorRating() + ")")
                                .toList());
    }

    /** The mean difference between the team's and the supervisor's ratings, or "–". */
    static String mean(NetworkView.Calibration c, Locale locale) {
        return c.meanDifference() == null ? "–" : Decimals.of("0.0#", locale).format(c.meanDifference());
    }

    /** A score as the Hub shows scores: one decimal; two (cut) where one would round up to a band's limit. */
    static String score(BigDecimal value, Locale locale) {
        if (value == null) {
            return "–";
        }
        BigDecimal shown = scoreShown(value);
        return Decimals.of(shown.scale() == 2 ? "0.00" : "0.0", locale).format(shown);
    }

    /** The score as shown ({@link ShownScore}): one decimal, or two (cut) where one would round up to a band's limit. */
    static BigDecimal scoreShown(BigDecimal value) {
        return ShownScore.of(value, BANDS);
    }

    /**
     * A figure as its column shows it ({@code show}): counts whole, ratios with one decimal, shares in whole percent;
     * {@code small} ("< 5") when small, {@code complementary} ("skjult") when hidden only so that a small one cannot be
     * worked out.
     */
    static String figure(NetworkView.Figure f, String show, Locale locale, String small, String complementary) {
        if (f == null || (f.value() == null && !f.suppressed())) {
            return "–";
        }
        if (f.suppressed()) {
            return f.complementary() ? complementary : small;
        }
        return switch (show) {
            case "count" -> Decimals.of("#,##0", locale).format(f.value());
            case "ratio" -> Decimals.of("0.0", locale).format(f.value());
            default -> Decimals.percent(f.value(), locale);
        };
    }

    static NetworkView.Figure find(NetworkView.MunicipalityFigures figures, String code) {
        return figures == null
                ? null
                : figures.figures().stream()
                        .filter(x -> x.code().equals(code))
                        .findFirst()
                        .orElse(null);
    }
}
