package dk.nextwork.hub.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The Hub's dates are Danish: days in Danish time, written dd-mm-åååå, read strictly (31-02-2026 is no date). */
public final class DanishTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    public static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DanishTime() {}

    /** Today in Denmark, by the Hub's clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
