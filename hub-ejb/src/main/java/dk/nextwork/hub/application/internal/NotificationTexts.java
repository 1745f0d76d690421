package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.NotificationKind;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the Hub's notifications, in the recipient's language (Danish unless they chose English). */
final class NotificationTexts {

    private static final String BUNDLE = "dk.nextwork.hub.application.internal.notifications";
    private static final Locale DANISH = Locale.forLanguageTag("da");

    private final ResourceBundle bundle;
    private final Locale locale;

    private NotificationTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NotificationTexts.class.getClassLoader());
    }

    static NotificationTexts in(String language) {
        return new NotificationTexts("en".equals(language) ? Locale.ENGLISH : DANISH);
    }

    String subject(NotificationKind kind, List<String> args) {
        return format(kind.name() + ".subject", args);
    }

    /** The one or two sentences of what happened and what to do. */
    String text(NotificationKind kind, List<String> args) {
        return format(kind.name() + ".text", args);
    }

    String linkLabel(NotificationKind kind) {
        return bundle.getString(kind.name() + ".link");
    }

    String why(NotificationKind kind, List<String> args) {
        return format(kind.name() + ".why", args);
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private String format(String key, List<String> args) {
        return new MessageFormat(bundle.getString(key), locale)
                .format(args.stream().map(this::date).map(this::code).toArray());
    }

    /** A code argument with words of its own in the bundle ({@code arg.AKTIVITETSPARAT}); any other as it is. */
    private String code(String arg) {
        return bundle.containsKey("arg." + arg) ? bundle.getString("arg." + arg) : arg;
    }

    /** A date argument (ISO) as the language writes it, e.g. 3. december 2026; any other argument as it is. */
    private String date(String arg) {
        if (arg.length() == 10 && arg.charAt(4) == '-' && arg.charAt(7) == '-') {
            try {
                LocalDate day = LocalDate.parse(arg);
                return day.format(DateTimeFormatter.ofPattern(
                        locale.equals(Locale.ENGLISH) ? "d MMMM yyyy" : "d. MMMM yyyy", locale));
            } catch (DateTimeParseException notADate) {
                return arg;
            }
        }
        return arg;
    }
}
