package dk.nextwork.hub.interfaces.rest;

import dk.nextwork.hub.application.access.Capability;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capabilities an operation needs before anything of the request is read: a caller with none of them is refused
 * with 403 by {@link CapabilityCheck}, whatever the body or the parameters hold, so no caller learns a request's shape
 * from an operation it may not call. The service still decides about the one record (404 for what the caller may not
 * see); this is the necessary condition, asked of the same access policy as the pages' gate.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Requires {
    /** Any of these lets the caller on to the operation. */
    Capability[] value();
}
