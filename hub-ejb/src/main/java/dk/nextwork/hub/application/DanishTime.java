package dk.nextwork.hub.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/** The Hub's dates are Danish: days in Danish time, written dd-mm-åååå, read strictly (31-02-2026 is no date). */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DANISH_SHAPE = Pattern.compile("\\d{2}-\\d{2}-\\d{4}");
    private static final Pattern ISO_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private DanishTime() {}

    /**
     * A date as people and programs write it: 20-11-2026 or 2026-11-20, strictly. A blank text is no date (null, and
     * no problem: the caller decides whether the date is required); a bad one is added to the problems, named.
     */
    public static LocalDate parse(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        boolean danish = DANISH_SHAPE.matcher(trimmed).matches();
        if (!danish && !ISO_SHAPE.matcher(trimmed).matches()) {
            problems.add(FieldProblem.of(field, "problem.date.format", trimmed));
            return null;
        }
        try {
            return LocalDate.parse(trimmed, danish ? DATE : ISO);
        } catch (DateTimeParseException e) {
            // The right shape, but no such day: 31-02-2026.
            problems.add(FieldProblem.of(field, "problem.date.notADay", trimmed));
            return null;
        }
    }

    /** Today in Denmark, by the Hub's clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
