package dk.nextwork.fidelity;

import static dk.nextwork.fidelity.Fixtures.V1;
import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.scoring.Drift;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Drift from two approved reports' scores as stored with them (exact fractions, such as "7/2"), as
 * fidelity-instrument-v1.md says: a principle that drops 0.5 or more, or falls below 3.0, raises an alert. The network
 * picture and the supervisors' notification both decide it here.
 */
@DisplayName("Drift between two approved reports' stored scores")
class DriftTest {

    private static Map<String, Ratio> scores(String... sectionAndScore) {
        Map<String, Ratio> scores = new HashMap<>();
        for (int i = 0; i < sectionAndScore.length; i += 2) {
            scores.put(sectionAndScore[i], Ratio.parse(sectionAndScore[i + 1]));
        }
        return scores;
    }

    @Test
    @DisplayName("4 → 7/2 is a drop of exactly 0,5: an alert; 4 → 15/4 drops 0,25: none")
    void dropOfExactlyHalf() {
        assertThat(Drift.alerts(V1, scores("AI", "4"), scores("AI", "7/2")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.sectionCode()).isEqualTo("AI");
                    assertThat(a.dropped()).isTrue();
                    assertThat(a.belowThreshold()).isFalse();
                    assertThat(a.drop()).isEqualTo(Ratio.of(1, 2));
                });
        assertThat(Drift.alerts(V1, scores("AI", "4"), scores("AI", "15/4"))).isEmpty();
        // 49/12 → 43/12 is 0.5 exactly too, though neither score has a short decimal.
        assertThat(Drift.alerts(V1, scores("MM", "49/12"), scores("MM", "43/12")))
                .singleElement()
                .satisfies(a -> assertThat(a.dropped()).isTrue());
    }

    @Test
    @DisplayName("below 3,0 is an alert with or without a previous report; exactly 3,0 is not")
    void belowThree() {
        assertThat(Drift.alerts(V1, Map.of(), scores("MS", "11/4")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.belowThreshold()).isTrue();
                    assertThat(a.dropped()).isFalse();
                    assertThat(a.previous()).isNull();
                    assertThat(a.drop()).isNull();
                });
        assertThat(Drift.alerts(V1, scores("MS", "3"), scores("MS", "3"))).isEmpty();
        // 13/4 → 11/4: down 0.5 and below 3.0, both at once.
        assertThat(Drift.alerts(V1, scores("MM", "13/4"), scores("MM", "11/4")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.dropped()).isTrue();
                    assertThat(a.belowThreshold()).isTrue();
                });
    }

    @Test
    @DisplayName("only principles with a score now, in the instrument's order; Struktur og team never raises one")
    void principlesOnly() {
        Map<String, Ratio> before = scores("AI", "5", "MM", "5", "MS", "5", "ST", "5");
        Map<String, Ratio> now = scores("MS", "4", "AI", "9/2", "ST", "2");
        // MM has no score now (every item "kan ikke vurderes"): nothing to compare.
        assertThat(Drift.alerts(V1, before, now))
                .extracting(Drift.Alert::sectionCode)
                .containsExactly("AI", "MS");
    }

    @Test
    @DisplayName("a principle without a score before compares as a first report: only below 3,0 counts")
    void noPreviousScore() {
        assertThat(Drift.alerts(V1, scores("MM", "4"), scores("AI", "2", "MM", "4")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.sectionCode()).isEqualTo("AI");
                    assertThat(a.previous()).isNull();
                    assertThat(a.belowThreshold()).isTrue();
                });
    }

    @Test
    @DisplayName("reports under versions 1.0 and 1.1 are compared by principle code")
    void acrossVersions() {
        // 1.1's Magtskifte at 17/5 against 1.0's 4: a drop of 3/5.
        assertThat(Drift.alerts(Fixtures.V1_1, scores("MS", "4"), scores("MS", "17/5")))
                .singleElement()
                .satisfies(a -> assertThat(a.drop()).isEqualTo(Ratio.of(3, 5)));
    }

    @Test
    @DisplayName("version 2.0: Praktikkvalitet is followed like a principle (4,5 → 4,0 is a drop; 2,5 is below 3,0);"
            + " Struktur og team still never raises one")
    void internshipQualityFollowsDrift() {
        dk.nextwork.fidelity.instrument.Instrument v2 = dk.nextwork.fidelity.instrument.InstrumentCatalog.builtIn()
                .find("nextwork-fidelity", "2.0")
                .orElseThrow();
        assertThat(Drift.alerts(v2, scores("PK", "9/2", "ST", "5"), scores("PK", "4", "ST", "2")))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.sectionCode()).isEqualTo("PK");
                    assertThat(a.dropped()).isTrue();
                    assertThat(a.belowThreshold()).isFalse();
                });
        assertThat(Drift.alerts(v2, Map.of(), scores("PK", "5/2")))
                .extracting(Drift.Alert::sectionCode, Drift.Alert::belowThreshold)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PK", true));
    }
}
