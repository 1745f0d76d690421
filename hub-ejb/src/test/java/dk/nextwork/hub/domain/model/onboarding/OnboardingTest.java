package dk.nextwork.hub.domain.model.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A joining municipality's onboarding")
class OnboardingTest {

    private static final Municipality VORDINGBORG =
            new Municipality("vordingborg", "Vordingborg", "390", MunicipalityStatus.ONBOARDING);
    private static final LocalDate STARTED = LocalDate.of(2026, 9, 1);

    @Test
    @DisplayName("a new onboarding follows a plan version from the day it began, with nothing done and no commitment"
            + " accepted")
    void newOnboarding() {
        Onboarding o = new Onboarding(VORDINGBORG, "1.0", STARTED);
        assertThat(o.municipality()).isEqualTo(VORDINGBORG);
        assertThat(o.planVersion()).isEqualTo("1.0");
        assertThat(o.startedOn()).isEqualTo(STARTED);
        assertThat(o.activities()).isEmpty();
        assertThat(o.commitmentVersion()).isNull();
        assertThat(o.commitmentAcceptedBy()).isNull();
        assertThat(o.commitmentAcceptedAt()).isNull();
    }

    @Test
    @DisplayName("an activity is recorded with the day it happened; recorded again, the later record's day stands")
    void activities() {
        Onboarding o = new Onboarding(VORDINGBORG, "1.0", STARTED);
        o.done("DECISION_POLITICAL", LocalDate.of(2026, 9, 10));
        o.done("TEAM_LEAD", LocalDate.of(2026, 10, 1));
        o.done("DECISION_POLITICAL", LocalDate.of(2026, 9, 8));
        assertThat(o.activities())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        "DECISION_POLITICAL", LocalDate.of(2026, 9, 8), "TEAM_LEAD", LocalDate.of(2026, 10, 1)));
    }

    @Test
    @DisplayName("what is read of the activities cannot change the onboarding")
    void activitiesAreACopy() {
        Onboarding o = new Onboarding(VORDINGBORG, "1.0", STARTED);
        o.done("TEAM_LEAD", LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> o.activities().put("TEAM_PSYCHOLOGIST", LocalDate.of(2026, 10, 2)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(o.activities()).containsOnlyKeys("TEAM_LEAD");
    }

    @Test
    @DisplayName("the lead's acceptance keeps which version of the commitment, who and when; a later version accepted"
            + " replaces it")
    void commitment() {
        Onboarding o = new Onboarding(VORDINGBORG, "1.0", STARTED);
        o.acceptCommitment("1.0", "lead.vordingborg", Instant.parse("2026-09-02T08:00:00Z"));
        assertThat(o.commitmentVersion()).isEqualTo("1.0");
        assertThat(o.commitmentAcceptedBy()).isEqualTo("lead.vordingborg");
        assertThat(o.commitmentAcceptedAt()).isEqualTo(Instant.parse("2026-09-02T08:00:00Z"));
        o.acceptCommitment("1.1", "lead2.vordingborg", Instant.parse("2027-01-04T08:00:00Z"));
        assertThat(o.commitmentVersion()).isEqualTo("1.1");
        assertThat(o.commitmentAcceptedBy()).isEqualTo("lead2.vordingborg");
    }

    @Test
    @DisplayName("an onboarding needs its municipality, plan version and start; an activity needs its code and day")
    void required() {
        assertThatThrownBy(() -> new Onboarding(null, "1.0", STARTED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Onboarding(VORDINGBORG, null, STARTED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Onboarding(VORDINGBORG, "1.0", null)).isInstanceOf(NullPointerException.class);
        Onboarding o = new Onboarding(VORDINGBORG, "1.0", STARTED);
        assertThatThrownBy(() -> o.done(null, STARTED)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> o.done("TEAM_LEAD", null)).isInstanceOf(NullPointerException.class);
        assertThat(o.activities()).isEmpty();
    }
}
