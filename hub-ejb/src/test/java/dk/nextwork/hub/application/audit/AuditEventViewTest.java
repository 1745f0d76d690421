package dk.nextwork.hub.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("An audit event as the audit page shows it")
class AuditEventViewTest {

    private static AuditEventView view(Instant at, String before, String after) {
        return new AuditEventView(1, at, "supervisor.anna", "assessment.approved", "assessment", "4", before, after);
    }

    @ParameterizedTest(name = "{0} characters: shown as {1} characters")
    @DisplayName("a state of up to 160 characters is shown whole; a longer one is cut at 160 and marked as cut")
    @CsvSource({"0, 0", "160, 160", "161, 161", "5000, 161"})
    void excerpt(int length, int shown) {
        String json = "x".repeat(length);
        AuditEventView v = view(Instant.parse("2026-11-23T09:00:00Z"), json, json);
        assertThat(v.beforeExcerpt()).hasSize(shown);
        assertThat(v.afterExcerpt()).hasSize(shown);
        assertThat(v.afterExcerpt().endsWith("…")).isEqualTo(length > 160);
        assertThat(v.after()).as("the whole state stays available").hasSize(length);
    }

    @Test
    @DisplayName("a new subject has no state before: nothing is shown, not an error")
    void noStateBefore() {
        assertThat(view(Instant.parse("2026-11-23T09:00:00Z"), null, "{}").beforeExcerpt())
                .isNull();
    }

    @ParameterizedTest(name = "{0} happened at {1} Danish time")
    @DisplayName("when it happened is shown in Danish time, winter and summer")
    @CsvSource({"2026-11-23T09:00:00Z, 2026-11-23T10:00:00", "2026-06-30T22:30:00Z, 2026-07-01T00:30:00"})
    void danishTime(Instant at, LocalDateTime local) {
        assertThat(view(at, null, null).occurredAtLocal()).isEqualTo(local);
    }
}
