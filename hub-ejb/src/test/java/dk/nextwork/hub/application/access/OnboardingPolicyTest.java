package dk.nextwork.hub.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * product.md: the lead runs the municipality's onboarding; the network admin onboards new municipalities; the
 * co-ownership commitment is the municipality's, accepted by its lead.
 */
@DisplayName("Who may see and move on Roskilde's onboarding")
class OnboardingPolicyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("its own lead and consultants, supervisors and the admin see it; for anyone else it does not exist")
    @CsvSource({
        "supervisor,   true",
        "admin,        true",
        "lead,         true",
        "consultant,   true",
        "horsens-lead, false",
        "researcher,   false",
        "caseworker,   false"
    })
    void maySee(String caller, boolean may) {
        assertThat(OnboardingPolicy.maySee(Callers.named(caller), "roskilde")).isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("its own lead and the supervisors mark its activities done")
    @CsvSource({
        "lead,         true",
        "supervisor,   true",
        "horsens-lead, false",
        "consultant,   false",
        "admin,        false",
        "researcher,   false"
    })
    void mayMarkActivities(String caller, boolean may) {
        assertThat(OnboardingPolicy.mayMarkActivities(Callers.named(caller), "roskilde"))
                .isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("only its own lead accepts the co-ownership commitment on the municipality's behalf")
    @CsvSource({
        "lead,         true",
        "horsens-lead, false",
        "consultant,   false",
        "supervisor,   false",
        "admin,        false"
    })
    void mayAcceptCommitment(String caller, boolean may) {
        assertThat(OnboardingPolicy.mayAcceptCommitment(Callers.named(caller), "roskilde"))
                .isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("only the network admin confirms a municipality as an active member")
    @CsvSource({
        "admin,      true",
        "supervisor, false",
        "lead,       false",
        "consultant, false",
        "researcher, false",
        "caseworker, false"
    })
    void mayActivate(String caller, boolean may) {
        assertThat(OnboardingPolicy.mayActivate(Callers.named(caller))).isEqualTo(may);
    }
}
