package dk.nextwork.hub.interfaces.me.rest;

import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.security.HubUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    /** The caller as the token describes them. */
    public record Me(
            String username,
            String name,

            @Schema(
                    enumeration = {
                        Role.Names.NETWORK_ADMIN,
                        Role.Names.SUPERVISOR,
                        Role.Names.MUNICIPAL_LEAD,
                        Role.Names.CONSULTANT,
                        Role.Names.RESEARCHER,
                        Role.Names.CASEWORKER
                    })
            List<String> roles,

            String municipality) {}

    @Inject
    CurrentUser currentUser;

    @GET
    @AnyRoleOf(RoleGroup.EVERY_ROLE)
    @Operation(
            operationId = "getMe",
            summary = "Who the bearer token says the caller is: username, Hub roles and municipality")
    public Me me() {
        HubUser user = currentUser.get();
        return new Me(user.username(), user.displayName(), user.roles(), user.municipality());
    }
}
