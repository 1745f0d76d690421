package dk.nextwork.hub.web;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The demo data's reporting periods, which tests read but never change: the current half-year is open, the three
 * before it closed.
 */
final class Periods {

    private Periods() {}

    /** The half-year {@code back} half-years before the current one (0: the current, open one). */
    static String halfYear(int back) {
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusMonths(6L * back);
        return day.getYear() + (day.getMonthValue() <= 6 ? "-H1" : "-H2");
    }

    static String current() {
        return halfYear(0);
    }
}
