package dk.nextwork.hub.interfaces.onboarding.rest;

import dk.nextwork.fidelity.onboarding.TeamPlanner;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.onboarding.OnboardingService;
import dk.nextwork.hub.application.onboarding.OnboardingView;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.KeptAnswer;
import dk.nextwork.hub.interfaces.rest.Requires;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Onboarding new municipalities through the onboarding plan. */
@Path("onboarding")
@RequestScoped
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Onboarding")
public class OnboardingResource {

    /** The version of the co-ownership commitment the lead read and accepts. */
    public record Acceptance(String version) {}

    /** The date an activity happened (2026-11-20 or 20-11-2026), not the date it is typed. */
    public record Done(String doneOn) {}

    @Inject
    OnboardingService onboarding;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            operationId = "listOnboardings",
            summary = "Every municipality onboarding now, with stage, days in stage, proportion and flags"
                    + " (supervisors, network admin)")
    @Requires(Capability.SEE_ONBOARDING_COHORT)
    @KeptAnswer
    public List<OnboardingView> cohort() {
        return onboarding.cohort(user.caller());
    }

    @GET
    @Path("commitment")
    @Operation(
            operationId = "getCommitmentText",
            summary = "The co-ownership commitment, a versioned document, in Danish and English")
    @Requires(Capability.SEE_MUNICIPALITIES)
    public OnboardingView.CommitmentText commitment() {
        return onboarding.commitment();
    }

    @GET
    @Path("commitments")
    @Operation(
            operationId = "listCommitments",
            summary = "Every municipality's accepted co-ownership commitment: who accepted which version when (every"
                    + " signed-in user; the network is co-owned)")
    @Requires(Capability.SEE_MUNICIPALITIES)
    public List<OnboardingView.NetworkCommitment> commitments() {
        return onboarding.commitments(user.caller());
    }

    @POST
    @Path("{slug}/commitment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "acceptCommitment",
            summary = "The municipality's lead accepts the co-ownership commitment's current version (who, when,"
                    + " which version are kept and shown to the network); 409 for another version")
    @Requires(Capability.ACCEPT_COMMITMENT)
    public OnboardingView accept(
            @PathParam("slug") String slug, @NotNull(message = "{hub.body.required}") Acceptance acceptance) {
        return onboarding.acceptCommitment(slug, acceptance.version(), user.caller());
    }

    @POST
    @Path("{slug}/activation")
    @Operation(
            operationId = "activateMunicipality",
            summary = "The network admin confirms the move to active: the plan complete and the first"
                    + " self-assessment approved, else 409 naming what is missing")
    @Requires(Capability.MANAGE_MUNICIPALITIES)
    public OnboardingView activate(@PathParam("slug") String slug) {
        return onboarding.activate(slug, user.caller());
    }

    @GET
    @Path("planner")
    @Operation(
            operationId = "planTeam",
            summary = "The team and caseload planner after the booklet: capacity (consultants × caseload), the"
                    + " ramp-up stage, warnings against the norms (15–22 per consultant, 0.5–1 psychologist) and the ratings"
                    + " ST1, ST2 and ST4 would imply")
    @Requires(Capability.PLAN_TEAM)
    public TeamPlanner.Plan planner(
            @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) @QueryParam("consultants")
                    String consultants,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0"))
                    @QueryParam("caseload")
                    String caseload,
            @Parameter(schema = @Schema(type = SchemaType.NUMBER, minimum = "0")) @QueryParam("psychologist")
                    String psychologist,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0"))
                    @QueryParam("referrals")
                    String referrals) {
        return onboarding.plan(consultants, caseload, psychologist, referrals, user.caller());
    }

    @GET
    @Path("{slug}")
    @Operation(
            operationId = "getOnboarding",
            summary = "A municipality's onboarding (its own staff, supervisors, network admin; 404 to others)")
    @Requires(Capability.SEE_ONBOARDING)
    public OnboardingView one(@PathParam("slug") String slug) {
        return onboarding.progress(slug, user.caller());
    }

    @PUT
    @Path("{slug}/activities/{activity}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "markActivityDone",
            summary = "Mark an activity done on the date it happened (the municipality's lead, supervisors);"
                    + " a date in the future, before the start or out of order within its stage is a 400 naming doneOn")
    @Requires(Capability.MARK_ONBOARDING)
    public OnboardingView done(
            @PathParam("slug") String slug,
            @PathParam("activity") String activity,
            @NotNull(message = "{hub.body.required}") Done done) {
        return onboarding.markDone(slug, activity, done.doneOn(), user.caller());
    }
}
