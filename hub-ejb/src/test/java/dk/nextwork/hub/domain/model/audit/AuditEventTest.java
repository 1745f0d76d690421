package dk.nextwork.hub.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An audit event: who did what to which subject, and when")
class AuditEventTest {

    private static final Instant AT = Instant.parse("2026-11-23T09:15:00Z");

    @ParameterizedTest(name = "without {0}")
    @DisplayName("an event always says when, who, what and to which subject")
    @ValueSource(strings = {"occurredAt", "actor", "action", "subjectType", "subjectId"})
    void required(String missing) {
        assertThatThrownBy(() -> new AuditEvent(
                        missing.equals("occurredAt") ? null : AT,
                        missing.equals("actor") ? null : "supervisor.anna",
                        missing.equals("action") ? null : "assessment.approved",
                        missing.equals("subjectType") ? null : "assessment",
                        missing.equals("subjectId") ? null : "4",
                        "{}",
                        "{}"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage(missing + " is required");
    }

    @Test
    @DisplayName("a new subject has no state before it, a removed one none after; the moment is kept exactly")
    void states() {
        AuditEvent created =
                new AuditEvent(AT, "admin", "municipality.added", "municipality", "vordingborg", null, "{\"a\":1}");
        assertThat(created.before()).isNull();
        assertThat(created.after()).isEqualTo("{\"a\":1}");
        assertThat(created.occurredAt()).isEqualTo(AT);
        assertThat(created.actor()).isEqualTo("admin");
        assertThat(created.action()).isEqualTo("municipality.added");
        assertThat(created.subjectType()).isEqualTo("municipality");
        assertThat(created.subjectId()).isEqualTo("vordingborg");
    }
}
