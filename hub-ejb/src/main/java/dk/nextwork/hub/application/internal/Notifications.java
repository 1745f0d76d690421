package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one way a change records that someone should be told: an event in the outbox, inside the change's own
 * transaction, so the event is saved exactly when the change is. Whom it reaches is worked out later by the sender.
 */
@ApplicationScoped
class Notifications {

    @Inject
    NotificationStore store;

    @Inject
    Clock clock;

    /**
     * @param municipality the slug of the municipality it is about
     * @param link the page where the work is done, below the Hub's address (such as {@code /gennemgaa.xhtml?id=4})
     * @param key what makes it the same event, so it is recorded once (such as {@code submitted:4:2})
     * @param args the kind's message arguments: codes, dates and names of municipalities, never about a young person
     */
    boolean record(NotificationKind kind, String municipality, String link, String key, String... args) {
        List<String> values =
                java.util.Arrays.stream(args).map(a -> a == null ? "" : a).toList();
        return store.record(kind, municipality, link, values, kind.name() + ":" + key, Instant.now(clock));
    }
}
