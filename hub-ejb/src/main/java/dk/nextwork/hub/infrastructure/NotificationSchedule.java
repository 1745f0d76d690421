package dk.nextwork.hub.infrastructure;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.notification.NotificationSender;
import dk.nextwork.hub.infrastructure.persistence.NodeLocks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the notification sender every {@code hub.notifications.interval-seconds} (30 by default): the day's reminders
 * once for each day of the Hub's clock (which the tests can move), then new events' recipients, then the mails due.
 * A timer that is not persistent: after a restart it simply starts again, and the outbox has lost nothing.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSchedule {

    private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());
    /** The most mails one run sends, so a run ends by itself. */
    private static final int MOST_PER_RUN = 200;

    @Resource
    TimerService timers;

    @Inject
    NotificationSender sender;

    @Inject
    Clock clock;

    @Inject
    NodeLocks locks;

    @Inject
    @ConfigProperty(name = "hub.notifications.interval-seconds", defaultValue = "30")
    long interval;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile LocalDate remindedFor;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(interval * 1000, interval * 1000, new TimerConfig("notifications", false));
        LOG.info(() -> "Notifications are sent every " + interval + " s");
    }

    private void remind() {
        try {
            LocalDate today = DanishTime.today(clock);
            if (!today.equals(remindedFor)) {
                int recorded = sender.remind(today);
                remindedFor = today;
                LOG.fine(() -> recorded + " reminders for " + today);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The day's reminders could not be worked out; the next run tries again", e);
        }
    }

    /**
     * Resolves the new events' recipients one at a time. The first that fails waits with a back-off and ends this
     * round (if Keycloak is down, the rest would wait for it too); the next run goes on with the others.
     */
    private void resolveRecipients() {
        try {
            for (long event : sender.unexpanded(MOST_PER_RUN)) {
                try {
                    sender.expand(event);
                } catch (RuntimeException e) {
                    LOG.warning(() -> "The recipients of notification " + event + " could not be resolved (" + e
                            + "); it waits, and the others go on at the next run");
                    sender.expandFailed(event);
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The notifications' recipients could not be resolved now", e);
        }
    }

    private void send() {
        try {
            for (int sent = 0; sent < MOST_PER_RUN; sent++) {
                NotificationSender.Outcome outcome = sender.sendNext();
                if (outcome == NotificationSender.Outcome.NONE || outcome == NotificationSender.Outcome.FAILED) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending stopped; the next run picks up where this one left", e);
        }
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            // One node at a time when the Hub runs as several; each step on its own: one that fails does not keep the
            // others from running.
            locks.alone("notifications", () -> {
                remind();
                resolveRecipients();
                send();
            });
        } finally {
            running.set(false);
        }
    }
}
