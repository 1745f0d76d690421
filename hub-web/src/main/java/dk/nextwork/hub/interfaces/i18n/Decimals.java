package dk.nextwork.hub.interfaces.i18n;

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
}
