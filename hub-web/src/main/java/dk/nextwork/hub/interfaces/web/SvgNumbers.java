package dk.nextwork.hub.interfaces.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers in the charts' SVG. */
public final class SvgNumbers {

    private SvgNumbers() {}

    /**
     * A coordinate with one decimal, as {@code String.format(Locale.ROOT, "%.1f", v)} writes it (half up on the
     * shortest decimal of the double, a minus kept on a rounded zero), without parsing a format for each of a chart's
     * few hundred numbers: String.format was a sixth of the network page's CPU in the load benchmark's profile.
     */
    public static String oneDecimal(double v) {
        if (!Double.isFinite(v)) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        String s = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString();
        return Double.compare(v, 0.0) < 0 && s.charAt(0) != '-' ? "-" + s : s;
    }
}
