package dk.nextwork.hub.infrastructure;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.application.internal.NotificationSender;
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
    @ConfigProperty(name = "hub.notifications.interval-seconds", defaultValue = "30")
    long interval;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile LocalDate remindedFor;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(interval * 1000, interval * 1000, new TimerConfig("notifications", false));
        LOG.info(() -> "Notifications are sent every " + interval + " s");
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            LocalDate today = DanishTime.today(clock);
            if (!today.equals(remindedFor)) {
                int recorded = sender.remind(today);
                remindedFor = today;
                LOG.fine(() -> recorded + " reminders for " + today);
            }
            try {
                for (int round = 0; round < 20 && sender.expand() > 0; round++) {
                    // until every new event has its recipients, 50 at a time
                }
            } catch (UnavailableException e) {
                LOG.warning("Keycloak does not answer: the notifications' recipients wait for the next run");
            }
            for (int sent = 0; sent < MOST_PER_RUN; sent++) {
                if (sender.sendNext() != NotificationSender.Outcome.SENT) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The notification run stopped; the next run picks up where it left", e);
        } finally {
            running.set(false);
        }
    }
}
