package dk.nextwork.hub.interfaces.i18n;

import dk.nextwork.fidelity.Text;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.Message;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Puts the services' messages into words: the key from the Danish or English bundle, the arguments in that language's
 * formats (dates dd-mm-åååå, decimal comma in Danish, nested messages and lists in words too). Pages and the API use
 * this one place, so the same refusal reads the same everywhere.
 */
public final class Messages {

    /** The pages' and the API's message bundle. */
    public static final String BUNDLE = "dk.nextwork.hub.web.messages";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-uuuu 'kl.' HH:mm");
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("dd-MM-uuuu 'at' HH:mm");

    private Messages() {}

    /** The message in the locale's words. */
    public static String format(Message message, Locale locale) {
        String pattern = text(message.key(), locale);
        Object[] args = message.args().stream().map(a -> argument(a, locale)).toArray();
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The bundle's text for a key, or the key itself if the bundle has none (never an exception on a page). */
    public static String text(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static boolean has(String key, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale).containsKey(key);
    }

    private static Object argument(Object arg, Locale locale) {
        if (arg instanceof Message nested) {
            return format(nested, locale);
        }
        if (arg instanceof Text text) {
            return text.in(locale);
        }
        if (arg instanceof Collection<?> list) {
            return list.stream().map(a -> String.valueOf(argument(a, locale))).collect(Collectors.joining(", "));
        }
        if (arg instanceof LocalDate date) {
            return DanishTime.DATE.format(date);
        }
        if (arg instanceof Instant instant) {
            return ("en".equals(locale.getLanguage()) ? TIME_EN : TIME)
                    .format(LocalDateTime.ofInstant(instant, DanishTime.ZONE));
        }
        if (arg instanceof Number number) {
            // The language's own way: 1.000.000 and 2,5 in Danish, 1,000,000 and 2.5 in English.
            DecimalFormat format = Decimals.of("#,##0.##", locale);
            if (number instanceof BigDecimal exact) {
                // An exact number is shown with all its decimals: "3,555" is not to be read as "3,56".
                format.setMaximumFractionDigits(
                        Math.min(12, Math.max(2, exact.stripTrailingZeros().scale())));
            }
            return format.format(number instanceof BigDecimal ? number : new BigDecimal(number.toString()));
        }
        return arg == null ? "–" : String.valueOf(arg);
    }
}
