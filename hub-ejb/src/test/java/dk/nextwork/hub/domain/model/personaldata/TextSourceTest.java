package dk.nextwork.hub.domain.model.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Where each kind of stored free text is shown")
class TextSourceTest {

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("a finding links to the record that shows the text: the report, the session, the action, the"
            + " practice, the notification or the audit event")
    @CsvSource({
        "REPORT,       REPORT_RETURN_REASON REPORT_EVIDENCE REPORT_JUSTIFICATION REPORT_SUPERVISOR_COMMENT",
        "SESSION,      SESSION_NOTES SESSION_AGREEMENTS",
        "ACTION,       ACTION_TITLE ACTION_OWNER ACTION_DROPPED_REASON",
        "PRACTICE,     PRACTICE_TITLE PRACTICE_SUMMARY PRACTICE_BODY PRACTICE_COMMENT PRACTICE_TRIAL_NOTE",
        "NOTIFICATION, NOTIFICATION",
        "AUDIT_EVENT,  AUDIT_EVENT"
    })
    void records(TextSource.Record record, String sources) {
        Set<TextSource> expected =
                Arrays.stream(sources.split(" ")).map(TextSource::valueOf).collect(Collectors.toSet());
        assertThat(Arrays.stream(TextSource.values()).filter(s -> s.record() == record))
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
