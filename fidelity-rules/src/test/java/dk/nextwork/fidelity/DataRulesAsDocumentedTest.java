package dk.nextwork.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.instrument.DataRule;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every data rule of instrument 1.0 pinned exactly as {@code fidelity-instrument-v1.md} states it: the key figures it
 * reads, its divisor, and the rating on both sides of every threshold. A threshold, rating or figure changed in the
 * JSON fails here. The expected values are copied from the document, never computed.
 */
@DisplayName("Instrument 1.0's data rules, as the instrument document states them")
class DataRulesAsDocumentedTest {

    private static DataRule rule(String item) {
        return Fixtures.V1.item(item).orElseThrow().dataRule().orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1} / ({2} / {3})")
    @CsvSource({
        "AI1, youthInInternship, enrolledYouth, 1",
        "MM1, youthNetworkMeetingsHeld, weeksInPeriod, 1",
        "MM2, activeCompanies, enrolledYouth, 1",
        "MM3, companyNetworkMeetingsHeld, weeksInPeriod, 13",
        "MS1, internshipsChosenByYouth, internshipsStarted, 1",
        "MS2, eventsHeld, weeksInPeriod, 13",
        "ST1, enrolledYouth, consultantFte, 1",
        "ST4, enrolledYouth, plannedPlaces, 1"
    })
    @DisplayName("each ratio rule reads the key figures the document names, per 3 months where it says so")
    void figures(String item, String numerator, String denominator, long divisor) {
        DataRule rule = rule(item);
        assertThat(rule.numerators()).containsExactly(numerator);
        assertThat(rule.denominatorFigure()).contains(denominator);
        assertThat(rule.divisor()).isEqualTo(divisor);
    }

    @Test
    @DisplayName("ST2 reads psychologistFte itself, with no denominator")
    void psychologist() {
        assertThat(rule("ST2").numerators()).containsExactly("psychologistFte");
        assertThat(rule("ST2").denominatorFigure()).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("the items without a data rule are the ones the document gives none")
    void itemsWithoutRule() {
        assertThat(Fixtures.V1.items().stream()
                        .filter(i -> i.dataRule().isEmpty())
                        .map(i -> i.code()))
                .containsExactly("AI2", "AI3", "AI4", "MM4", "MS3", "MS4", "ST3");
    }

    @ParameterizedTest(name = "{0} at {1} → {2}")
    @CsvSource({
        // AI1: youthInInternship / enrolledYouth → ≥0.80:5, ≥0.60:4, ≥0.40:3, ≥0.20:2, else 1
        "AI1, 1, 5",
        "AI1, 0.80, 5",
        "AI1, 0.7999, 4",
        "AI1, 0.60, 4",
        "AI1, 0.5999, 3",
        "AI1, 0.40, 3",
        "AI1, 0.3999, 2",
        "AI1, 0.20, 2",
        "AI1, 0.1999, 1",
        "AI1, 0, 1",
        // MM1: meetings / weeks → ≥0.90:5, ≥0.75:4, ≥0.50:3, ≥0.25:2, else 1
        "MM1, 0.90, 5",
        "MM1, 0.8999, 4",
        "MM1, 0.75, 4",
        "MM1, 0.7499, 3",
        "MM1, 0.50, 3",
        "MM1, 0.4999, 2",
        "MM1, 0.25, 2",
        "MM1, 0.2499, 1",
        // MM2: activeCompanies / enrolledYouth → ≥1.00:5, ≥0.75:4, ≥0.50:3, ≥0.25:2, else 1
        "MM2, 1.00, 5",
        "MM2, 0.9999, 4",
        "MM2, 0.75, 4",
        "MM2, 0.7499, 3",
        "MM2, 0.50, 3",
        "MM2, 0.4999, 2",
        "MM2, 0.25, 2",
        "MM2, 0.2499, 1",
        // MM3: company network meetings per 3 months → ≥2:5, ≥1:3, else 1
        "MM3, 2, 5",
        "MM3, 1.9999, 3",
        "MM3, 1, 3",
        "MM3, 0.9999, 1",
        // MS1: chosen by youth / started → ≥0.90:5, ≥0.75:4, ≥0.50:3, ≥0.25:2, else 1
        "MS1, 0.90, 5",
        "MS1, 0.8999, 4",
        "MS1, 0.75, 4",
        "MS1, 0.7499, 3",
        "MS1, 0.50, 3",
        "MS1, 0.4999, 2",
        "MS1, 0.25, 2",
        "MS1, 0.2499, 1",
        // MS2: events per 3 months → ≥2:5, ≥1:3, else 1
        "MS2, 2, 5",
        "MS2, 1.9999, 3",
        "MS2, 1, 3",
        "MS2, 0.9999, 1",
        // ST1: c < 10 → 2; 10 ≤ c < 15 → 4; 15 ≤ c ≤ 22 → 5; 22 < c ≤ 25 → 4; 25 < c ≤ 30 → 3; 30 < c ≤ 35 → 2;
        // c > 35 → 1
        "ST1, 0, 2",
        "ST1, 9.9999, 2",
        "ST1, 10, 4",
        "ST1, 14.9999, 4",
        "ST1, 15, 5",
        "ST1, 22, 5",
        "ST1, 22.0001, 4",
        "ST1, 25, 4",
        "ST1, 25.0001, 3",
        "ST1, 30, 3",
        "ST1, 30.0001, 2",
        "ST1, 35, 2",
        "ST1, 35.0001, 1",
        // ST2: psychologistFte ≥ 0.50 → 5; ≥ 0.25 → 3; else 1
        "ST2, 0.50, 5",
        "ST2, 0.4999, 3",
        "ST2, 0.25, 3",
        "ST2, 0.2499, 1",
        // ST4: enrolledYouth / plannedPlaces → ≥1.00:5, ≥0.90:4, ≥0.75:3, ≥0.50:2, else 1
        "ST4, 1.00, 5",
        "ST4, 0.9999, 4",
        "ST4, 0.90, 4",
        "ST4, 0.8999, 3",
        "ST4, 0.75, 3",
        "ST4, 0.7499, 2",
        "ST4, 0.50, 2",
        "ST4, 0.4999, 1"
    })
    @DisplayName("every threshold lands on the side the document says")
    void boundaries(String item, String value, int expected) {
        assertThat(rule(item).rate(Ratio.parse(value))).isEqualTo(expected);
    }
}
