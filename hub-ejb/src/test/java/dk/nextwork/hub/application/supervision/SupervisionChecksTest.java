package dk.nextwork.hub.application.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An action moved on")
class SupervisionChecksTest {

    private static String refusal(String status, String reason) {
        try {
            SupervisionChecks.status(status, reason);
            return null;
        } catch (InvalidInputException e) {
            return e.problems().get(0).field() + ":"
                    + e.problems().get(0).message().key();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ActionStatus.class, names = "DROPPED", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("an action is moved on without a reason")
    void noReason(ActionStatus status) {
        assertThat(SupervisionChecks.status(status.name(), null)).isEqualTo(status);
    }

    @Test
    @DisplayName("an action is dropped only with a reason")
    void reasonToDrop() {
        assertThat(refusal("DROPPED", null)).isEqualTo("reason:problem.action.dropReason");
        assertThat(refusal("DROPPED", "  ")).isEqualTo("reason:problem.action.dropReason");
        assertThat(SupervisionChecks.status("DROPPED", "Erstattet")).isEqualTo(ActionStatus.DROPPED);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"done", "FINISHED", ""})
    @DisplayName("an unknown status is named")
    void unknownStatus(String status) {
        assertThat(refusal(status, null)).isEqualTo("status:problem.action.status");
    }

    @Test
    @DisplayName("a reason is at most 4000 characters")
    void reasonLength() {
        assertThat(SupervisionChecks.status("DROPPED", "r".repeat(4000))).isEqualTo(ActionStatus.DROPPED);
        assertThat(refusal("DROPPED", "r".repeat(4001))).isEqualTo("reason:problem.text.tooLong");
        assertThatThrownBy(() -> SupervisionChecks.status("DONE", "r".repeat(4001)))
                .isInstanceOf(InvalidInputException.class);
    }
}
