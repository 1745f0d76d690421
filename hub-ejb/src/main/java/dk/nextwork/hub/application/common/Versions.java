package dk.nextwork.hub.application.common;

import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.Message;
import java.util.function.Supplier;

/**
 * The one version check: a change made against another version than the stored one is refused with a message that
 * says who changed what since, so nobody overwrites someone else's work without knowing.
 */
public final class Versions {

    private Versions() {}

    /** @throws ConflictException with the explanation if {@code expected} is missing or not {@code actual} */
    public static void require(long actual, Long expected, Supplier<Message> explanation) {
        if (expected == null || expected != actual) {
            throw new ConflictException(explanation.get());
        }
    }
}
