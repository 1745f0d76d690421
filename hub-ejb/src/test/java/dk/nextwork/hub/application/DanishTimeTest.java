package dk.nextwork.hub.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** product.md: dates as dd-mm-åååå, read strictly; days in Danish time. */
@DisplayName("Danish dates and days")
class DanishTimeTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @DisplayName("a date as people write it (dd-mm-åååå) or as programs do (åååå-mm-dd), spaces around it ignored")
    @CsvSource({
        "20-11-2026,     2026-11-20",
        "2026-11-20,     2026-11-20",
        "' 05-01-2027 ', 2027-01-05",
        "29-02-2028,     2028-02-29",
        "31-12-2026,     2026-12-31"
    })
    void dates(String text, LocalDate date) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(DanishTime.parse("dueOn", text, problems)).isEqualTo(date);
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "[{0}]")
    @DisplayName("anything else is named as not a date in the right form, with the text as typed")
    @ValueSource(strings = {"2026/11/20", "20.11.2026", "1-2-2026", "20-11-26", "i morgen", "2026-11-20T10:00"})
    void wrongShape(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(DanishTime.parse("dueOn", text, problems)).isNull();
        assertThat(problems).containsExactly(FieldProblem.of("dueOn", "problem.date.format", text));
    }

    @ParameterizedTest(name = "[{0}]")
    @DisplayName("the right form but no such day is named as no day: no 31 February, no 29 February outside a leap"
            + " year, no month 13, no day 0")
    @ValueSource(strings = {"31-02-2026", "29-02-2027", "2026-13-01", "00-01-2026", "2026-04-31"})
    void noSuchDay(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(DanishTime.parse("triedOn", text, problems)).isNull();
        assertThat(problems).containsExactly(FieldProblem.of("triedOn", "problem.date.notADay", text));
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    @DisplayName("no text is no date and no problem: whether a date is required is the caller's to say")
    void blank(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(DanishTime.parse("dueOn", text, problems)).isNull();
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "at {0} it is {1} in Denmark")
    @DisplayName("today is the day in Copenhagen, in winter (UTC+1) and in summer (UTC+2)")
    @CsvSource({
        "2026-12-31T22:59:59Z, 2026-12-31",
        "2026-12-31T23:00:00Z, 2027-01-01",
        "2026-06-30T21:59:59Z, 2026-06-30",
        "2026-06-30T22:00:00Z, 2026-07-01"
    })
    void today(Instant now, LocalDate today) {
        assertThat(DanishTime.today(Clock.fixed(now, ZoneOffset.UTC))).isEqualTo(today);
    }

    @Test
    @DisplayName("a date is written dd-mm-åååå, with leading zeros")
    void written() {
        assertThat(LocalDate.of(2026, 3, 5).format(DanishTime.DATE)).isEqualTo("05-03-2026");
    }
}
