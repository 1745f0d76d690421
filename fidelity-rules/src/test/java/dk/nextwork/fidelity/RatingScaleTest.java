package dk.nextwork.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.scoring.Ratings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingScaleTest {

    @ParameterizedTest(name = "{0}: a score {1}")
    @DisplayName("the scale is 1–5; 9 is 'cannot be assessed' and no score (fidelity-instrument-v1.md)")
    @CsvSource({"0, false", "1, true", "3, true", "5, true", "6, false", "9, false", "-1, false"})
    void scale(int rating, boolean score) {
        assertThat(Ratings.isScore(rating)).isEqualTo(score);
    }
}
