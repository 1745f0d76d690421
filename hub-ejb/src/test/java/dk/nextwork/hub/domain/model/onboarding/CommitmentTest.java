package dk.nextwork.hub.domain.model.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The co-ownership commitment of product.md's onboarding capability, a versioned document shipped with the Hub. */
@DisplayName("The co-ownership commitment")
class CommitmentTest {

    @Test
    @DisplayName("the version a lead accepts now is 1.0, titled and worded in Danish and English")
    void current() {
        Commitment c = Commitment.CURRENT;
        assertThat(c.version()).isEqualTo("1.0");
        assertThat(c.title().da()).isEqualTo("Aftale om medejerskab af NExTWORK-netværket");
        assertThat(c.title().en()).isEqualTo("Co-ownership agreement of the NExTWORK network");
        assertThat(c.text().da()).isNotBlank();
        assertThat(c.text().en()).isNotBlank();
    }

    @Test
    @DisplayName("it commits to the three principles and to aggregate figures only, in both languages")
    void wording() {
        assertThat(Commitment.CURRENT.text().da())
                .contains("arbejdsidentitet", "mange til mange", "magtskifte", "kun samlede tal");
        assertThat(Commitment.CURRENT.text().en())
                .contains("work identity", "many-to-many", "power shift", "aggregate figures only");
    }
}
