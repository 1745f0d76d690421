package dk.nextwork.hub.domain.model.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Reporting periods are half-years")
class ReportingPeriodTest {

    @Test
    @DisplayName("2027-H1 is 1 January – 30 June; 2027-H2 is 1 July – 31 December")
    void halfYears() {
        ReportingPeriod first = ReportingPeriod.halfYear("2027-H1", PeriodStatus.OPEN);
        assertThat(first.firstDay()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(first.lastDay()).isEqualTo(LocalDate.of(2027, 6, 30));
        ReportingPeriod second = ReportingPeriod.halfYear("2027-H2", PeriodStatus.PLANNED);
        assertThat(second.firstDay()).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(second.lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    @DisplayName("30 June belongs to H1 and 1 July to H2")
    void halfYearOfADay() {
        assertThat(ReportingPeriod.halfYearOf(LocalDate.of(2026, 6, 30), PeriodStatus.OPEN)
                        .code())
                .isEqualTo("2026-H1");
        assertThat(ReportingPeriod.halfYearOf(LocalDate.of(2026, 7, 1), PeriodStatus.OPEN)
                        .code())
                .isEqualTo("2026-H2");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"2027-H3", "2027-h1", "27-H1", "2027H1", "", "2027-H1 ", "1800-H1"})
    @DisplayName("anything but a year and H1 or H2 is refused")
    void badCodes(String code) {
        assertThatThrownBy(() -> ReportingPeriod.halfYear(code, PeriodStatus.OPEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} lies in {1}")
    @DisplayName("the first and last day of a year and a leap day lie in the half-year of their month")
    @CsvSource({"2026-01-01, 2026-H1", "2026-12-31, 2026-H2", "2028-02-29, 2028-H1", "2027-09-15, 2027-H2"})
    void halfYearOfMoreDays(LocalDate day, String code) {
        ReportingPeriod period = ReportingPeriod.halfYearOf(day, PeriodStatus.PLANNED);
        assertThat(period.code()).isEqualTo(code);
        assertThat(period.firstDay()).isBeforeOrEqualTo(day);
        assertThat(period.lastDay()).isAfterOrEqualTo(day);
        assertThat(period.status()).isEqualTo(PeriodStatus.PLANNED);
    }

    @ParameterizedTest(name = "{0} is accepted")
    @ValueSource(strings = {"1900-H1", "2026-H2", "2099-H2"})
    @DisplayName("a half-year of any year from 1900 to 2099 is accepted")
    void yearsAccepted(String code) {
        assertThat(ReportingPeriod.halfYear(code, PeriodStatus.OPEN).code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"1899-H2", "2100-H1", "0026-H1", "20266-H1"})
    @DisplayName("a year outside 1900–2099 is refused, as a mistyped year rather than a period")
    void yearsRefused(String code) {
        assertThatThrownBy(() -> ReportingPeriod.halfYear(code, PeriodStatus.OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(code);
    }

    @Test
    @DisplayName("a period cannot end before it starts; a period of one day can be")
    void order() {
        assertThatThrownBy(() -> new ReportingPeriod(
                        "2027-X", LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1), PeriodStatus.PLANNED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a period cannot end before it starts");
        ReportingPeriod oneDay =
                new ReportingPeriod("2027-X", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), PeriodStatus.OPEN);
        assertThat(oneDay.firstDay()).isEqualTo(oneDay.lastDay());
    }

    @ParameterizedTest(name = "code [{0}] is refused")
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    @DisplayName("a period has a code")
    void codeRequired(String code) {
        assertThatThrownBy(() -> new ReportingPeriod(
                        code, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), PeriodStatus.OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("code is required");
    }

    @Test
    @DisplayName("a period has dates and a status")
    void datesAndStatusRequired() {
        LocalDate day = LocalDate.of(2027, 1, 1);
        assertThatThrownBy(() -> new ReportingPeriod("2027-H1", null, day, PeriodStatus.OPEN))
                .hasMessage("firstDay is required");
        assertThatThrownBy(() -> new ReportingPeriod("2027-H1", day, null, PeriodStatus.OPEN))
                .hasMessage("lastDay is required");
        assertThatThrownBy(() -> new ReportingPeriod("2027-H1", day, day, null)).hasMessage("status is required");
    }

    @Test
    @DisplayName("a period is planned, opened and closed by the admin, and always has a status")
    void status() {
        ReportingPeriod period = ReportingPeriod.halfYear("2027-H1", PeriodStatus.PLANNED);
        period.changeStatus(PeriodStatus.OPEN);
        assertThat(period.status()).isEqualTo(PeriodStatus.OPEN);
        period.changeStatus(PeriodStatus.CLOSED);
        assertThat(period.status()).isEqualTo(PeriodStatus.CLOSED);
        assertThatThrownBy(() -> period.changeStatus(null)).isInstanceOf(NullPointerException.class);
        assertThat(period.status()).isEqualTo(PeriodStatus.CLOSED);
    }

    @Test
    @DisplayName("a period is known by its code: the same code is the same period, whatever its status")
    void identity() {
        ReportingPeriod open = ReportingPeriod.halfYear("2027-H1", PeriodStatus.OPEN);
        ReportingPeriod closed = ReportingPeriod.halfYear("2027-H1", PeriodStatus.CLOSED);
        assertThat(open).isEqualTo(closed).hasSameHashCodeAs(closed);
        assertThat(open).isNotEqualTo(ReportingPeriod.halfYear("2027-H2", PeriodStatus.OPEN));
    }
}
