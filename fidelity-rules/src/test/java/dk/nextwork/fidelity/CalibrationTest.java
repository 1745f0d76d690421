package dk.nextwork.fidelity;

import static dk.nextwork.fidelity.Fixtures.V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.fidelity.scoring.Calibration;
import dk.nextwork.fidelity.scoring.Ratings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Calibration as fidelity-instrument-v1.md says it: a supervisor's rating 2 or more from the self-rating is a gap, shown
 * side by side and tracked over time; 9 (cannot be assessed) is not a score. Every expected value is worked out by hand
 * in the comment beside it.
 */
@DisplayName("Calibration between the team's and the supervisor's ratings")
class CalibrationTest {

    /** The team rated every item of v1 4; the supervisor rated only the items given. */
    private static Calibration.Report teamAllFour(Map<String, Integer> supervisor) {
        return Calibration.of(Fixtures.allRated(V1, 4).build(), Ratings.of(V1, supervisor));
    }

    @Test
    @DisplayName("2 apart is a gap, 1 apart is not; the mean is over the items both rated: (2 + 1 + 0) / 3 = 1")
    void gapAndMean() {
        Calibration.Report report = teamAllFour(Map.of("MS3", 2, "AI2", 3, "AI1", 4));
        assertThat(report.rated()).isEqualTo(3);
        assertThat(report.gaps()).containsExactly(new Calibration.Gap("MS3", 4, 2));
        assertThat(report.gaps().get(0).size()).isEqualTo(2);
        assertThat(report.meanDifference()).isEqualTo(Ratio.of(1));
    }

    @Test
    @DisplayName("the whole scale apart (5 → 1) is a gap of 4, listed in the instrument's order")
    void gapsInInstrumentOrder() {
        Calibration.Report report = teamAllFour(Map.of("ST4", 1, "AI3", 2, "MM2", 5));
        // ST4 4 → 1 (3), AI3 4 → 2 (2), MM2 4 → 5 (1): gaps AI3 and ST4; mean (3 + 2 + 1) / 3 = 2.
        assertThat(report.gaps()).extracting(Calibration.Gap::itemCode).containsExactly("AI3", "ST4");
        assertThat(report.meanDifference()).isEqualTo(Ratio.of(2));
        Calibration.Report whole = Calibration.of(Fixtures.allRated(V1, 5).build(), Ratings.of(V1, Map.of("AI1", 1)));
        assertThat(whole.gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.size()).isEqualTo(4));
    }

    @Test
    @DisplayName("an item marked 9 by either side is not compared: one item left, 1 apart, mean 1 and no gap")
    void cannotBeAssessedIsNotCompared() {
        Ratings self = Fixtures.allRated(V1, 4).rate("ST3", 9).build();
        Ratings supervisor = Ratings.of(V1, Map.of("ST3", 1, "MS1", 9, "AI1", 5));
        Calibration.Report report = Calibration.of(self, supervisor);
        assertThat(report.rated()).isEqualTo(1);
        assertThat(report.gaps()).isEmpty();
        assertThat(report.meanDifference()).isEqualTo(Ratio.of(1));
    }

    @Test
    @DisplayName("no item rated 1–5 by both: no mean, and nothing to say about narrowing")
    void nothingCompared() {
        Calibration.Report none = teamAllFour(Map.of("MS2", 9));
        assertThat(none.rated()).isZero();
        assertThat(none.meanDifference()).isNull();
        Calibration.Report some = teamAllFour(Map.of("MS2", 3));
        assertThat(some.narrowedSince(none)).isNull();
        assertThat(none.narrowedSince(some)).isNull();
    }

    @Test
    @DisplayName("from (2 + 1) / 2 = 1,5 to (2 + 0) / 2 = 1,0 the difference narrowed, and MS3 stayed apart in both")
    void narrowedAndPersistent() {
        Calibration.Report before = teamAllFour(Map.of("MS3", 2, "AI1", 3));
        Calibration.Report now = teamAllFour(Map.of("MS3", 2, "AI1", 4));
        assertThat(before.meanDifference()).isEqualTo(Ratio.of(3, 2));
        assertThat(now.meanDifference()).isEqualTo(Ratio.of(1));
        assertThat(now.narrowedSince(before)).isTrue();
        assertThat(now.persistentSince(before)).containsExactly("MS3");
        // The other way round it widened; an item apart only before is not persistent.
        assertThat(before.narrowedSince(now)).isFalse();
        Calibration.Report closed = teamAllFour(Map.of("AI1", 4, "MM1", 2));
        assertThat(closed.persistentSince(before)).isEmpty();
    }

    @Test
    @DisplayName("the same mean is not narrowed; a first report has neither narrowed nor persistent items")
    void sameMeanAndFirstReport() {
        Calibration.Report before = teamAllFour(Map.of("MS3", 2));
        Calibration.Report now = teamAllFour(Map.of("AI4", 2));
        assertThat(now.narrowedSince(before)).isFalse();
        assertThat(now.persistentSince(before)).isEmpty();
        assertThat(now.narrowedSince(null)).isNull();
        assertThat(now.persistentSince(null)).isEmpty();
    }

    @Test
    @DisplayName("narrowing is decided exactly: 2/15 (shown 0,13) to 1/8 (0,125, also shown 0,13) narrowed")
    void narrowedExactly() {
        // Before: 15 items rated, two of them 1 apart → 2/15 = 0.1333…; now: 8 items rated, one 1 apart → 0.125.
        Map<String, Integer> fifteen = new LinkedHashMap<>();
        V1.items().stream().limit(15).forEach(i -> fifteen.put(i.code(), 4));
        fifteen.put("AI1", 3);
        fifteen.put("AI2", 5);
        Map<String, Integer> eight = new LinkedHashMap<>();
        V1.items().stream().limit(8).forEach(i -> eight.put(i.code(), 4));
        eight.put("AI1", 3);
        Calibration.Report before = teamAllFour(fifteen);
        Calibration.Report now = teamAllFour(eight);
        assertThat(before.meanDifference()).isEqualTo(Ratio.of(2, 15));
        assertThat(now.meanDifference()).isEqualTo(Ratio.of(1, 8));
        assertThat(before.meanDifference().rounded(2))
                .isEqualTo(now.meanDifference().rounded(2));
        assertThat(now.narrowedSince(before)).isTrue();
    }

    @Test
    @DisplayName("ratings under two instrument versions are not compared")
    void oneVersionOnly() {
        assertThatThrownBy(() -> Calibration.of(
                        Fixtures.allRated(V1, 4).build(),
                        Fixtures.allRated(Fixtures.V1_1, 4).build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Calibration.gaps(Fixtures.allRated(V1, 4).build(), Ratings.of(V1, Map.of("MM4", 1))))
                .isEqualTo(List.of(new Calibration.Gap("MM4", 4, 1)));
    }
}
