package dk.nextwork.hub.domain.model.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Which states of a report its lead may still change")
class AssessmentStateTest {

    @ParameterizedTest(name = "{0}: editable by the lead {1}")
    @DisplayName("a draft and a returned report are the lead's to change; a submitted or approved one is not")
    @CsvSource({"DRAFT, true", "SUBMITTED, false", "RETURNED, true", "APPROVED, false"})
    void editableByLead(AssessmentState state, boolean editable) {
        assertThat(state.isEditableByLead()).isEqualTo(editable);
    }
}
