package dk.nextwork.hub.application;

import jakarta.ejb.ApplicationException;

/** The caller may see this but not do this (e.g. a consultant submitting). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends HubException {

    public AccessDeniedException(String key, Object... args) {
        super(Message.of(key, args));
    }
}
