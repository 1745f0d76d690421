package dk.nextwork.hub.interfaces.supervision.rest;

import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.supervision.NewAction;
import dk.nextwork.hub.application.supervision.NewSession;
import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.interfaces.rest.Answers;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.Requires;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.supervision.SupervisionCsv;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The supervision log. A municipality's sessions are visible to its own people and to supervisors and admins; to
 * anyone else the municipality's log does not exist (404). Supervisors log sessions.
 */
@Path("supervision-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Tag(name = "Supervision")
public class SupervisionSessionsResource {

    /** An action agreed in the session. Dates as 2026-11-20 or 20-11-2026. */
    public record ActionInput(String title, String owner, String dueOn, List<String> items) {}

    /**
     * A session to log. Notes and agreements are about the team's practice: nothing about an individual young person
     * belongs here. Participants are counted by role.
     */
    public record SessionInput(
            String municipality,
            String heldOn,
            String format,
            SupervisionViews.Participants participants,
            List<String> principles,
            List<String> items,
            String notes,
            String agreements,
            List<ActionInput> actions) {}

    @Inject
    SupervisionService supervision;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            operationId = "listSupervisionSessions",
            summary = "A municipality's supervision sessions with their actions, the newest first")
    @Requires({Capability.SEE_OWN_SUPERVISION, Capability.SEE_ALL_SUPERVISION})
    public List<SupervisionViews.Session> list(
            @QueryParam("municipality") @NotNull(message = "{hub.municipality.required}") String municipality) {
        return supervision.sessions(municipality, user.caller());
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(
            operationId = "exportSupervisionSessions",
            summary = "A municipality's supervision log as CSV (semicolon-separated, UTF-8, for Excel)")
    @Requires({Capability.SEE_OWN_SUPERVISION, Capability.SEE_ALL_SUPERVISION})
    public Response export(
            @QueryParam("municipality") @NotNull(message = "{hub.municipality.required}") String municipality) {
        String csv = SupervisionCsv.of(supervision.sessions(municipality, user.caller()));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"supervision-" + municipality + ".csv\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSupervisionSession", summary = "One supervision session with its actions")
    @Requires({Capability.SEE_OWN_SUPERVISION, Capability.SEE_ALL_SUPERVISION})
    public SupervisionViews.Session one(@PathParam("id") long id) {
        return supervision.session(id, user.caller());
    }

    @POST
    @Operation(
            operationId = "logSupervisionSession",
            summary =
                    "Log a session and the actions agreed in it (supervisor); 400 naming every bad field, nothing saved")
    @Requires(Capability.LOG_SESSIONS)
    @Answers(SupervisionViews.Session.class)
    public Response log(@NotNull(message = "{hub.body.required}") SessionInput input) {
        List<NewAction> actions = new ArrayList<>();
        for (ActionInput a : input.actions() == null ? List.<ActionInput>of() : input.actions()) {
            actions.add(a == null ? null : new NewAction(a.title(), a.owner(), a.dueOn(), a.items(), null));
        }
        SupervisionViews.Session logged = supervision.logSession(
                new NewSession(
                        input.municipality(),
                        input.heldOn(),
                        input.format(),
                        input.participants(),
                        input.principles(),
                        input.items(),
                        input.notes(),
                        input.agreements(),
                        actions),
                user.caller());
        return Response.created(URI.create("supervision-sessions/" + logged.id()))
                .entity(logged)
                .build();
    }
}
