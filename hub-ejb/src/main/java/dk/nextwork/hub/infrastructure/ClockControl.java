package dk.nextwork.hub.infrastructure;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.common.TestClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves the Hub's clock, for tests of what happens when time passes (overdue actions). Only where
 * {@code hub.test.movable-clock=true}, which the test suite sets and the run command does not; elsewhere it does not
 * exist.
 */
@ApplicationScoped
public class ClockControl implements TestClock {

    private static final Logger LOG = Logger.getLogger(ClockControl.class.getName());

    @Inject
    ClockProducer producer;

    @Inject
    @ConfigProperty(name = "hub.test.movable-clock", defaultValue = "false")
    boolean enabled;

    @Override
    public Duration moveDaysAhead(int days) {
        if (!enabled) {
            throw new NotFoundException("the clock cannot be moved here");
        }
        ZonedDateTime now = ZonedDateTime.ofInstant(Instant.now(), DanishTime.ZONE);
        Duration offset = Duration.between(now, now.plusDays(days));
        LOG.info(() -> "Test clock moved " + days + " days ahead: system time + " + offset);
        producer.movable().moveTo(offset);
        return producer.movable().offset();
    }
}
