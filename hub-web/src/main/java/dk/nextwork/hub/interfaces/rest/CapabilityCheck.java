package dk.nextwork.hub.interfaces.rest;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Authorisation before validation: an operation marked {@link Requires} refuses a caller without its capabilities
 * before the body is read or a parameter converted. Runs after the role check, so a missing or bad token is still 401.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class CapabilityCheck implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CurrentUser user;

    @Override
    public void filter(ContainerRequestContext request) {
        Requires requires = resource.getResourceMethod() == null
                ? null
                : resource.getResourceMethod().getAnnotation(Requires.class);
        if (requires == null || request.getSecurityContext().getUserPrincipal() == null) {
            return;
        }
        var caller = user.caller();
        if (Arrays.stream(requires.value()).noneMatch(c -> Access.allows(caller, c))) {
            throw new AccessDeniedException("access.denied." + requires.value()[0].name());
        }
    }
}
