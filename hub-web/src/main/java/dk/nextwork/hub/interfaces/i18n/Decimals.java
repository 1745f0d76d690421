package dk.nextwork.hub.interfaces.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Number formats by pattern and language, each made once and copied for each use (a DecimalFormat is not safe to share
 * between threads). Parsing the pattern and loading the language's symbols for every figure was a tenth of the network
 * page's CPU in the load benchmark's profile.
 */
public final class Decimals {

    private static final Map<String, DecimalFormat> FORMATS = new ConcurrentHashMap<>();

    private Decimals() {}

    /** A format of its own for the caller, as {@code new DecimalFormat(pattern, symbols of locale)} makes it. */
    public static DecimalFormat of(String pattern, Locale locale) {
        return (DecimalFormat) FORMATS.computeIfAbsent(
                        pattern + '|' + locale.toLanguageTag(),
                        k -> new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)))
                .clone();
    }

    /**
     * A share as a whole percent in the language ("16 %"), rounded half up once from the share as given: 41/139 to six
     * decimals, 0.294964, is "29 %", never "30 %" by way of 0.2950.
     */
    public static String percent(BigDecimal share, Locale locale) {
        DecimalFormat format = of("0", locale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(share.movePointRight(2)) + " %";
    }
}
