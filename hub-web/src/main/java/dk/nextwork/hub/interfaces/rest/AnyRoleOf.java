package dk.nextwork.hub.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles a resource (or one operation) is open to, as one of the {@link RoleGroup}s: what {@code @RolesAllowed}
 * says, without writing the list out in every resource (an annotation cannot take a constant list). Checked by
 * {@link RoleCheck} where Payara checks {@code @RolesAllowed}: before anything of the request is read, 401 without a
 * valid token, 403 without one of the roles. An operation's own annotation wins over its resource's; a resource with
 * this is not to carry {@code @RolesAllowed} too, as both checks would apply.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnyRoleOf {
    RoleGroup value();
}
