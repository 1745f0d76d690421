package dk.nextwork.hub.application;

import dk.nextwork.hub.domain.model.notification.NotificationStore;
import dk.nextwork.hub.infrastructure.PageAddresses;
import java.time.Clock;

/** The outbox's writer as the container would make it, over a store and a clock the test chooses. */
public final class TestNotifications {

    private TestNotifications() {}

    public static Notifications of(NotificationStore store, Clock clock) {
        Notifications n = new Notifications();
        n.store = store;
        n.clock = clock;
        n.addresses = new PageAddresses();
        return n;
    }
}
