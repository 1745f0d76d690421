package dk.nextwork.hub.domain.model.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionStatusTest {

    @ParameterizedTest(name = "{0}: outstanding {1}")
    @DisplayName("an action is still to be done while open or in progress; done and dropped ones are not")
    @CsvSource({"OPEN, true", "IN_PROGRESS, true", "DONE, false", "DROPPED, false"})
    void outstanding(ActionStatus status, boolean outstanding) {
        assertThat(status.isOutstanding()).isEqualTo(outstanding);
        assertThat(ActionStatus.OUTSTANDING.contains(status)).isEqualTo(outstanding);
    }
}
