package dk.nextwork.hub.interfaces.notification.rest;

import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.notification.NotificationService;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.Requires;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Tag(name = "Notifications")
public class RecipientsResource {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @GET
    @Path("recipients")
    @Operation(
            operationId = "listNotificationRecipients",
            summary = "Everyone who receives notifications and how, for each kind (network admin)")
    @Requires(Capability.SEE_NOTIFICATION_RECIPIENTS)
    public List<NotificationService.Recipient> recipients() {
        return notifications.recipients(user.caller());
    }
}
