package dk.nextwork.hub.application.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.common.Json;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What the audit trail keeps of an onboarding")
class OnboardingSnapshotTest {

    @Test
    @DisplayName("its state: the municipality by slug, name and status, the plan, the start, the activities in order"
            + " of their codes and the commitment accepted; nothing that changes by itself")
    void state() {
        Onboarding o = new Onboarding(
                new Municipality("vordingborg", "Vordingborg", "390", MunicipalityStatus.ONBOARDING),
                "1.0",
                LocalDate.of(2026, 9, 1));
        o.done("TEAM_LEAD", LocalDate.of(2026, 10, 1));
        o.done("DECISION_POLITICAL", LocalDate.of(2026, 9, 8));
        o.acceptCommitment("1.0", "lead.vordingborg", Instant.parse("2026-09-02T08:00:00Z"));

        OnboardingSnapshot s = OnboardingSnapshot.of(o);
        assertThat(s.municipality()).isEqualTo("vordingborg");
        assertThat(s.name()).isEqualTo("Vordingborg");
        assertThat(s.status()).isEqualTo("ONBOARDING");
        assertThat(s.planVersion()).isEqualTo("1.0");
        assertThat(s.startedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(s.activities().keySet()).containsExactly("DECISION_POLITICAL", "TEAM_LEAD");
        assertThat(s.commitmentVersion()).isEqualTo("1.0");
        assertThat(s.commitmentAcceptedBy()).isEqualTo("lead.vordingborg");
        assertThat(s.commitmentAcceptedAt()).isEqualTo(Instant.parse("2026-09-02T08:00:00Z"));
    }

    @Test
    @DisplayName("as JSON, with ISO dates, so before and after can be read side by side")
    void json() {
        Onboarding o = new Onboarding(
                new Municipality("vordingborg", "Vordingborg", "390", MunicipalityStatus.ONBOARDING),
                "1.0",
                LocalDate.of(2026, 9, 1));
        o.done("DECISION_POLITICAL", LocalDate.of(2026, 9, 8));
        assertThat(Json.of(OnboardingSnapshot.of(o)))
                .isEqualTo("{\"activities\":{\"DECISION_POLITICAL\":\"2026-09-08\"},\"municipality\":\"vordingborg\","
                        + "\"name\":\"Vordingborg\",\"planVersion\":\"1.0\",\"startedOn\":\"2026-09-01\","
                        + "\"status\":\"ONBOARDING\"}");
    }
}
