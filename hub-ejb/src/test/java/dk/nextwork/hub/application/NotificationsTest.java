package dk.nextwork.hub.application;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.domain.model.notification.InMemoryNotificationStore;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Recording that someone should be told")
class NotificationsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final InMemoryNotificationStore store = new InMemoryNotificationStore();

    private Notifications notifications() {
        return TestNotifications.of(store, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    @DisplayName("the tasks a notification asks for are named the way the stored ones are, so a done task closes the"
            + " notifications recorded before")
    void taskNames() {
        assertThat(Notifications.review(4)).isEqualTo("review:4");
        assertThat(Notifications.submit("roskilde", "2026-H2")).isEqualTo("submit:roskilde:2026-H2");
        assertThat(Notifications.action(7)).isEqualTo("action:7");
        assertThat(Notifications.plan(4)).isEqualTo("plan:4");
        assertThat(Notifications.onboarding("vordingborg", "TEAM_HIRED"))
                .isEqualTo("onboarding:vordingborg:TEAM_HIRED");
    }

    @Test
    @DisplayName("the same event is recorded once, under its kind, at the Hub's time; news asks for no task; an"
            + " argument not given is empty text")
    void recordedOnce() {
        Notifications n = notifications();
        assertThat(n.record(
                        NotificationKind.ASSESSMENT_APPROVED,
                        "roskilde",
                        Link.report(4),
                        "approved:4",
                        "Roskilde",
                        null))
                .isTrue();
        assertThat(n.record(
                        NotificationKind.ASSESSMENT_APPROVED,
                        "roskilde",
                        Link.report(4),
                        "approved:4",
                        "Roskilde",
                        "2026-H2"))
                .isFalse();
        InMemoryNotificationStore.Recorded e = store.events().get(0);
        assertThat(store.events()).hasSize(1);
        assertThat(e.key()).isEqualTo("ASSESSMENT_APPROVED:approved:4");
        assertThat(e.task()).isNull();
        assertThat(e.args()).containsExactly("Roskilde", "");
        assertThat(e.at()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("a task done closes its notifications at the Hub's time")
    void done() {
        Notifications n = notifications();
        n.task(
                NotificationKind.ASSESSMENT_SUBMITTED,
                "roskilde",
                Link.review(4),
                "submitted:4:1",
                Notifications.review(4),
                "Roskilde",
                "2026-H2");
        assertThat(store.events().get(0).task()).isEqualTo("review:4");
        n.done(Notifications.review(4));
        assertThat(store.doneTasks).containsExactly("review:4");
    }
}
