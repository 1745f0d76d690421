package dk.nextwork.hub.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;

/**
 * The role check of {@link AnyRoleOf}, as Payara's does it for {@code @RolesAllowed} and at the same stage, so that
 * the answers are the same ones ({@link ProblemMappers}): a caller without a valid token is refused as unauthorized, a
 * caller without one of the roles as forbidden, before the body is read or a parameter converted. The token was
 * checked already, for every request, by the authentication mechanism; the roles are the token's {@code groups}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        RoleGroup group = group(resource.getResourceMethod(), resource.getResourceClass());
        if (group == null) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Bearer");
        }
        if (!group.allows(security::isUserInRole)) {
            throw new ForbiddenException();
        }
    }

    /** The group an operation is open to: its own, else its resource's; null when neither names one. */
    static RoleGroup group(Method method, Class<?> resource) {
        if (method == null) {
            return null;
        }
        AnyRoleOf own = method.getAnnotation(AnyRoleOf.class);
        if (own != null) {
            return own.value();
        }
        AnyRoleOf resources = resource == null ? null : resource.getAnnotation(AnyRoleOf.class);
        return resources == null ? null : resources.value();
    }
}
