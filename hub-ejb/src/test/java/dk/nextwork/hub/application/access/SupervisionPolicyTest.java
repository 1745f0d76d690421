package dk.nextwork.hub.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * product.md: a lead sees the municipality's supervision log and actions; a supervisor logs sessions and actions and
 * sees every municipality.
 */
@DisplayName("Who may see and move on Roskilde's supervision log and actions")
class SupervisionPolicyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("its own lead and consultants, supervisors and the admin see them; for anyone else they do not exist")
    @CsvSource({
        "supervisor,         true",
        "admin,              true",
        "lead,               true",
        "consultant,         true",
        "horsens-lead,       false",
        "horsens-consultant, false",
        "researcher,         false",
        "caseworker,         false"
    })
    void maySee(String caller, boolean may) {
        assertThat(SupervisionPolicy.maySee(Callers.named(caller), "roskilde")).isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("its own lead and the supervisors move its actions on; consultants, the admin and others do not")
    @CsvSource({
        "supervisor,   true",
        "lead,         true",
        "horsens-lead, false",
        "consultant,   false",
        "admin,        false",
        "researcher,   false",
        "caseworker,   false"
    })
    void mayChangeActions(String caller, boolean may) {
        assertThat(SupervisionPolicy.mayChangeActions(Callers.named(caller), "roskilde"))
                .isEqualTo(may);
    }
}
