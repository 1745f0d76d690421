package dk.nextwork.hub.application;

import jakarta.ejb.ApplicationException;

/** The thing asked for does not exist, or the caller may not know that it does. */
@ApplicationException(rollback = true)
public class NotFoundException extends HubException {

    public NotFoundException(String key, Object... args) {
        super(Message.of(key, args));
    }
}
