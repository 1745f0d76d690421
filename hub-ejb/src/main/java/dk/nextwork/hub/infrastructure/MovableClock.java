package dk.nextwork.hub.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that is zero unless the tests move it (see {@link ClockControl}), so tests move
 * time instead of sleeping.
 */
public final class MovableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    MovableClock(Clock base) {
        this.base = base;
    }

    public void moveTo(Duration newOffset) {
        offset.set(newOffset);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        // In PostgreSQL's precision (microseconds): a time the Hub answers right after a save is the one it reads back
        // later, now that every read comes from the database rather than a cache of the saved objects.
        return base.instant().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }
}
