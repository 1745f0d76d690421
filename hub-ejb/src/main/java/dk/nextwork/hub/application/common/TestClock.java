package dk.nextwork.hub.application.common;

import java.time.Duration;

/**
 * Moves the Hub's clock, for tests of what happens when time passes (overdue actions), so they move time instead of
 * sleeping. Only where the test suite allows it; elsewhere it refuses with a {@link
 * dk.nextwork.hub.application.NotFoundException}.
 */
public interface TestClock {

    /** Sets how far the clock is ahead of the system clock (zero puts it back) and returns the offset now in force. */
    Duration moveTo(Duration offset);
}
