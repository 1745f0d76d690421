package dk.nextwork.hub.domain.model.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
}
