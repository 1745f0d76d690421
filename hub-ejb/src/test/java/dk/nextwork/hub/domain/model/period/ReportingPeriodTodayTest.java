package dk.nextwork.hub.domain.model.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Where a day stands against a period: 2026-H2 is 1 July – 31 December 2026, its deadline its last day. */
@DisplayName("A reporting period on a given day")
class ReportingPeriodTodayTest {

    private static final ReportingPeriod H2 = ReportingPeriod.halfYear("2026-H2", PeriodStatus.OPEN);

    @ParameterizedTest(name = "{0}: current {1}, past its end {2}")
    @DisplayName("a period is current from its first day to its last, both included, and past its end the day after")
    @CsvSource({
        "2026-06-30, false, false",
        "2026-07-01, true, false",
        "2026-10-15, true, false",
        "2026-12-31, true, false",
        "2027-01-01, false, true",
        "2027-06-30, false, true"
    })
    void currentAndPastEnd(LocalDate day, boolean current, boolean pastEnd) {
        assertThat(H2.isCurrent(day)).isEqualTo(current);
        assertThat(H2.isPastEnd(day)).isEqualTo(pastEnd);
    }

    @ParameterizedTest(name = "{0}: near {1}")
    @DisplayName("an open period's deadline is near from 14 days before its last day to the last day itself")
    @CsvSource({
        "2026-12-16, false",
        "2026-12-17, true",
        "2026-12-24, true",
        "2026-12-31, true",
        "2027-01-01, false",
        "2026-07-01, false"
    })
    void deadlineNear(LocalDate day, boolean near) {
        assertThat(H2.isDeadlineNear(day, 14)).isEqualTo(near);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PeriodStatus.class, names = "OPEN", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("a period that is not open has no deadline to remind of")
    void onlyOpenPeriodsHaveADeadline(PeriodStatus status) {
        ReportingPeriod period = ReportingPeriod.halfYear("2026-H2", status);
        assertThat(period.isDeadlineNear(LocalDate.of(2026, 12, 24), 14)).isFalse();
    }

    @ParameterizedTest(name = "{0}: current {1}")
    @DisplayName("a period of one day is current on that day only")
    @CsvSource({"2027-02-28, false", "2027-03-01, true", "2027-03-02, false"})
    void oneDay(LocalDate day, boolean current) {
        LocalDate only = LocalDate.of(2027, 3, 1);
        assertThat(new ReportingPeriod("2027-X", only, only, PeriodStatus.OPEN).isCurrent(day))
                .isEqualTo(current);
    }
}
