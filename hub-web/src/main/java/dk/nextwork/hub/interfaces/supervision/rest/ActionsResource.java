package dk.nextwork.hub.interfaces.supervision.rest;

import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.supervision.NewAction;
import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.interfaces.rest.Answers;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.Requires;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agreed actions and action plans. A municipality's actions are visible to its own people and to supervisors and
 * admins, and to nobody else (404); its lead and supervisors move them on.
 */
@Path("actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Tag(name = "Supervision")
public class ActionsResource {

    /**
     * An action outside a session, e.g. for an approved report's action plan (then due six weeks after approval
     * unless dueOn is given). Dates as 2026-11-20 or 20-11-2026.
     */
    public record ActionInput(
            String municipality, String title, String owner, String dueOn, List<String> items, Long assessmentId) {}

    /** A status change, with the version the caller last saw; DROPPED needs a reason. */
    public record StatusChange(
            @NotNull(message = "{hub.status.required}") String status,
            String reason,
            @NotNull(message = "{hub.version.required}") Long version) {}

    @Inject
    SupervisionService supervision;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            operationId = "listActions",
            summary = "A municipality's actions by due date, each marked overdue where it is")
    @Requires({Capability.SEE_OWN_SUPERVISION, Capability.SEE_ALL_SUPERVISION})
    public List<SupervisionViews.Action> list(
            @QueryParam("municipality") @NotNull(message = "{hub.municipality.required}") String municipality) {
        return supervision.actions(municipality, user.caller());
    }

    @GET
    @Path("outstanding")
    @Operation(
            operationId = "listOutstandingActions",
            summary = "Open and overdue actions across all municipalities, overdue first (supervisor, admin)")
    @Requires(Capability.SEE_ALL_SUPERVISION)
    public List<SupervisionViews.Action> outstanding() {
        return supervision.outstanding(user.caller());
    }

    @GET
    @Path("plan")
    @Operation(
            operationId = "getActionPlan",
            summary = "Whether the municipality's latest approved report still requires an action plan"
                    + " (a principle below 3.0 whose lowest items have no action)")
    @Requires({Capability.SEE_OWN_SUPERVISION, Capability.SEE_ALL_SUPERVISION})
    public SupervisionViews.ActionPlan plan(
            @QueryParam("municipality") @NotNull(message = "{hub.municipality.required}") String municipality) {
        return supervision.actionPlan(municipality, user.caller());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAction", summary = "One action")
    @Requires({Capability.SEE_OWN_SUPERVISION, Capability.SEE_ALL_SUPERVISION})
    public SupervisionViews.Action one(@PathParam("id") long id) {
        return supervision.action(id, user.caller());
    }

    @POST
    @Operation(
            operationId = "addAction",
            summary = "Add an action, e.g. to an action plan (supervisor, the municipality's lead)")
    @Requires(Capability.CHANGE_ACTIONS)
    @Answers(SupervisionViews.Action.class)
    public Response add(@NotNull(message = "{hub.body.required}") ActionInput input) {
        SupervisionViews.Action added = supervision.addAction(
                input.municipality(),
                new NewAction(input.title(), input.owner(), input.dueOn(), input.items(), input.assessmentId()),
                user.caller());
        return Response.created(URI.create("actions/" + added.id()))
                .entity(added)
                .build();
    }

    @PUT
    @Path("{id}/status")
    @Operation(
            operationId = "changeActionStatus",
            summary = "Move an action on (the municipality's lead, supervisor); 409 from a stale version")
    @Requires(Capability.CHANGE_ACTIONS)
    public SupervisionViews.Action changeStatus(
            @PathParam("id") long id, @Valid @NotNull(message = "{hub.body.required}") StatusChange change) {
        return supervision.changeStatus(id, change.version(), change.status(), change.reason(), user.caller());
    }
}
