package dk.nextwork.hub.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * product.md: a municipality's lead fills in and submits its self-assessment; its people read its results; supervisors
 * review, return or approve any submitted report; other municipalities see only what is published (approved).
 */
@DisplayName("Who may read, edit and review a report of Roskilde")
class AssessmentPolicyTest {

    @ParameterizedTest(name = "{0}, a {1} report: {2}")
    @DisplayName("its own people and the network-wide roles read it in every state; anyone else once it is approved")
    @CsvSource({
        "supervisor,         DRAFT,     true",
        "admin,              DRAFT,     true",
        "lead,               DRAFT,     true",
        "consultant,         SUBMITTED, true",
        "consultant,         RETURNED,  true",
        "horsens-lead,       DRAFT,     false",
        "horsens-lead,       SUBMITTED, false",
        "horsens-lead,       RETURNED,  false",
        "horsens-lead,       APPROVED,  true",
        "horsens-consultant, APPROVED,  true",
        "researcher,         SUBMITTED, false",
        "researcher,         APPROVED,  true",
        "caseworker,         DRAFT,     false"
    })
    void mayRead(String caller, AssessmentState state, boolean may) {
        assertThat(AssessmentPolicy.mayRead(Callers.named(caller), "roskilde", state))
                .isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("the working notes (evidence, comments, exact small counts) are for its own staff, supervisors and"
            + " the admin; everyone else reads the report as published")
    @CsvSource({
        "supervisor,   true",
        "admin,        true",
        "lead,         true",
        "consultant,   true",
        "horsens-lead, false",
        "researcher,   false",
        "caseworker,   false"
    })
    void mayReadWorkingNotes(String caller, boolean may) {
        assertThat(AssessmentPolicy.mayReadWorkingNotes(Callers.named(caller), "roskilde"))
                .isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}, a {1} report: {2}")
    @DisplayName("only its own lead edits it, and only while it is a draft or returned")
    @CsvSource({
        "lead,         DRAFT,     true",
        "lead,         RETURNED,  true",
        "lead,         SUBMITTED, false",
        "lead,         APPROVED,  false",
        "horsens-lead, DRAFT,     false",
        "consultant,   DRAFT,     false",
        "supervisor,   DRAFT,     false",
        "admin,        RETURNED,  false"
    })
    void mayEdit(String caller, AssessmentState state, boolean may) {
        assertThat(AssessmentPolicy.mayEdit(Callers.named(caller), "roskilde", state))
                .isEqualTo(may);
    }

    @ParameterizedTest(name = "{0}, a {1} report: {2}")
    @DisplayName("a supervisor reviews a submitted report, and no other; nobody else reviews")
    @CsvSource({
        "supervisor, SUBMITTED, true",
        "supervisor, DRAFT,     false",
        "supervisor, RETURNED,  false",
        "supervisor, APPROVED,  false",
        "admin,      SUBMITTED, false",
        "lead,       SUBMITTED, false",
        "researcher, SUBMITTED, false"
    })
    void mayReview(String caller, AssessmentState state, boolean may) {
        assertThat(AssessmentPolicy.mayReview(Callers.named(caller), state)).isEqualTo(may);
    }
}
