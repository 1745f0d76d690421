package dk.nextwork.hub.application.common;

import java.time.Duration;

/**
 * Moves the Hub's clock, for tests of what happens when time passes (overdue actions), so they move time instead of
 * sleeping. Only where the test suite allows it; elsewhere it refuses with a {@link
 * dk.nextwork.hub.application.NotFoundException}.
 */
public interface TestClock {

    /**
     * Sets the clock so many calendar days ahead of the system clock in Danish time (zero puts it back): the same time
     * of day on the day so many days later, so "today" is that day also when summer time begins or ends in between (a
     * fixed 24 hours a day put the day after on the Hub's calendar when the tests ran in the last hour before midnight
     * in winter and moved into summer). Returns the offset now in force.
     */
    Duration moveDaysAhead(int days);
}
