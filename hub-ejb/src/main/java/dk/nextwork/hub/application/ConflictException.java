package dk.nextwork.hub.application;

import jakarta.ejb.ApplicationException;

/** A change that cannot be made in the current state, e.g. from a stale version; the message says what changed. */
@ApplicationException(rollback = true)
public class ConflictException extends HubException {

    public ConflictException(String key, Object... args) {
        super(Message.of(key, args));
    }

    public ConflictException(Message message) {
        super(message);
    }
}
