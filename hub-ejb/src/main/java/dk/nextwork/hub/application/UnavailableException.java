package dk.nextwork.hub.application;

import jakarta.ejb.ApplicationException;

/** A system the change needs (such as Keycloak) does not answer; nothing was changed, and trying later may work. */
@ApplicationException(rollback = true)
public class UnavailableException extends HubException {

    public UnavailableException(String key, Object... args) {
        super(Message.of(key, args));
    }
}
