package dk.nextwork.hub.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The Hub's clock: the system clock, which only the tests move (through {@link ClockControl}). */
@ApplicationScoped
public class ClockProducer {

    private final MovableClock clock = new MovableClock(Clock.systemDefaultZone());

    @Produces
    @ApplicationScoped
    Clock clock() {
        return clock;
    }

    public MovableClock movable() {
        return clock;
    }
}
