package dk.nextwork.hub.application;

import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The one way a change records that someone should be told: an event in the outbox, inside the change's own
 * transaction, so the event is saved exactly when the change is. Whom it reaches is worked out later by the sender.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    NotificationStore store;

    @Inject
    Clock clock;

    @Inject
    Link.Addresses addresses;

    /**
     * Records news that asks for nothing (an approval, a drift alert).
     *
     * @param municipality the slug of the municipality it is about
     * @param link the page where the work is done (stored as its address, which the mails and the bell lead to)
     * @param key what makes it the same event, so it is recorded once (such as {@code submitted:4:2})
     * @param args the kind's message arguments: codes, dates and names of municipalities, never about a young person
     */
    public boolean record(NotificationKind kind, String municipality, Link link, String key, String... args) {
        return task(kind, municipality, link, key, null, args);
    }

    /**
     * Records a notification that asks for the work of a task; {@link #done} with the same task closes it.
     *
     * @param task the work it asks for, one of this class's task names ({@link #review}, {@link #submit} ...)
     */
    public boolean task(
            NotificationKind kind, String municipality, Link link, String key, String task, String... args) {
        List<String> values = Arrays.stream(args).map(a -> a == null ? "" : a).toList();
        return store.record(
                kind, municipality, addresses.of(link), values, kind.name() + ":" + key, task, Instant.now(clock));
    }

    /**
     * The task is done: every notification asking for it so far is closed for everyone it went to, in the caller's
     * transaction, so it is closed exactly when the change that did the work is saved.
     */
    public void done(String task) {
        store.done(task, Instant.now(clock));
    }

    /** The supervisors review a submitted report: done when it is approved or returned. */
    public static String review(long assessment) {
        return "review:" + assessment;
    }

    /** The lead fills in and submits the municipality's report for a period (also after a return): done on submit. */
    public static String submit(String municipality, String period) {
        return "submit:" + municipality + ":" + period;
    }

    /** An agreed action is carried out: done when it is done or dropped. */
    public static String action(long action) {
        return "action:" + action;
    }

    /** The action plan an approved report requires: done when actions address each principle's lowest items. */
    public static String plan(long assessment) {
        return "plan:" + assessment;
    }

    /** An onboarding stage is completed: done when its last activity is, or the municipality is made active. */
    public static String onboarding(String municipality, String stage) {
        return "onboarding:" + municipality + ":" + stage;
    }
}
