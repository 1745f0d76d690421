package dk.nextwork.hub.application.notification;

import dk.nextwork.fidelity.Text;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.hub.application.onboarding.OnboardingRecords;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** The words of the Hub's notifications, in the recipient's language (Danish unless they chose English). */
final class NotificationTexts {

    private static final String BUNDLE = "dk.nextwork.hub.application.notification.notifications";
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
        return format(kind, ".subject", args);
    }

    /** The one or two sentences of what happened and what to do. */
    String text(NotificationKind kind, List<String> args) {
        return format(kind, ".text", args);
    }

    /** As {@link #text(NotificationKind, List)}, or once its task is done, what it is now (the kind's done text). */
    String text(NotificationKind kind, List<String> args, boolean done) {
        return done && bundle.containsKey(kind.name() + ".done") ? format(kind, ".done", args) : text(kind, args);
    }

    String linkLabel(NotificationKind kind) {
        return bundle.getString(kind.name() + ".link");
    }

    String why(NotificationKind kind, List<String> args) {
        return format(kind, ".why", args);
    }

    String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private String format(NotificationKind kind, String part, List<String> args) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = code(date(named(kind, i, args.get(i))));
        }
        return new MessageFormat(bundle.getString(kind.name() + part), locale).format(values);
    }

    /**
     * An argument that names principles or an onboarding stage, in this language: stored as codes ({@code MS} or
     * {@code AI,MS}, {@code TEAM_HIRED}), or as the Danish names of notifications recorded before codes were stored.
     */
    private String named(NotificationKind kind, int index, String arg) {
        if (index != 1) {
            return arg;
        }
        return switch (kind) {
            case DRIFT_ALERT ->
                Arrays.stream(arg.split(","))
                        .map(String::strip)
                        .map(name -> Names.PRINCIPLES.containsKey(name)
                                ? Names.PRINCIPLES.get(name).in(locale)
                                : name)
                        .collect(Collectors.joining(", "));
            case ONBOARDING_STAGE_OVERDUE ->
                Names.STAGES.containsKey(arg.strip())
                        ? Names.STAGES.get(arg.strip()).in(locale)
                        : arg;
            default -> arg;
        };
    }

    /**
     * The names the notifications take from the instruments the Hub ships (every version's sections) and from the
     * onboarding plan, by code and by Danish name.
     */
    private static final class Names {

        static final Map<String, Text> PRINCIPLES = new HashMap<>();
        static final Map<String, Text> STAGES = new HashMap<>();

        static {
            for (var instrument : InstrumentCatalog.builtIn().all()) {
                for (var section : instrument.sections()) {
                    PRINCIPLES.putIfAbsent(section.code(), section.name());
                    PRINCIPLES.putIfAbsent(section.name().da(), section.name());
                }
            }
            for (var stage : OnboardingRecords.PLAN.stages()) {
                STAGES.putIfAbsent(stage.code(), stage.name());
                STAGES.putIfAbsent(stage.name().da(), stage.name());
            }
        }

        private Names() {}
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
