package dk.nextwork.hub.interfaces.randomisation.rest;

import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.randomisation.RandomisationService;
import dk.nextwork.hub.application.randomisation.RandomisationViews;
import dk.nextwork.hub.interfaces.rest.Answers;
import dk.nextwork.hub.interfaces.rest.Paged;
import dk.nextwork.hub.interfaces.rest.Paging;
import dk.nextwork.hub.interfaces.rest.Requires;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The effect evaluation's randomisation machine. Caseworkers allocate; researchers set trials up (one proposes, a
 * second confirms) and oversee them. No operation answers with an upcoming allocation or a running trial's design.
 * The researchers' operations take {@code ?trial=} (a trial's id; the first trial when left out).
 */
@Path("randomisation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Randomisation")
public class RandomisationResource {

    /** Why an allocation is marked randomised in error: one of the fixed reasons, never free text. */
    public record Mark(String reason) {}

    /**
     * The trial's version as the researcher saw it: a closure, confirmation or withdrawal from a stale view is refused.
     */
    public record Closure(
            @NotNull(message = "{hub.version.required}") Long version) {}

    @Inject
    RandomisationService randomisation;

    @Inject
    CurrentUser user;

    @GET
    @Path("form")
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.RESEARCHER})
    @Operation(
            operationId = "getAllocationForm",
            summary = "What an allocation asks for: the eligibility criteria (codes), the categories, and whether"
                    + " the trial takes allocations")
    @Requires({Capability.ALLOCATE, Capability.OVERSEE_TRIAL})
    public RandomisationViews.Form form() {
        return randomisation.form(user.caller());
    }

    @POST
    @Path("allocations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.CASEWORKER)
    @Operation(
            operationId = "allocate",
            summary = "Allocate an eligible young person by pseudonymous study ID (KKK-NNNNN-C) in the caller's"
                    + " municipality: 201 with the arm; the same study ID again is 200 with its original allocation"
                    + " (repeated: true), never a second draw. A CPR-shaped number, a wrong check character, another"
                    + " municipality's ID, a missing category or an unconfirmed criterion is a 400 naming the field; nothing is"
                    + " stored")
    @Requires(Capability.ALLOCATE)
    @Answers(RandomisationViews.Result.class)
    public Response allocate(@NotNull(message = "{hub.body.required}") RandomisationViews.NewAllocation input) {
        RandomisationViews.Result result = randomisation.allocate(input, user.caller());
        return Response.status(result.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .entity(result)
                .build();
    }

    @GET
    @Path("trials")
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "listTrials",
            summary = "Every trial, oldest first (researchers): status, strata, target, who proposed and confirmed it;"
                    + " a running trial's design is null once a list is generated, until it is closed")
    @Requires(Capability.OVERSEE_TRIAL)
    public List<RandomisationViews.TrialSummary> trials() {
        return randomisation.trials(user.caller());
    }

    @POST
    @Path("trials")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "proposeTrial",
            summary = "Propose a trial (researchers): name, design (BLOCK_URN, BIG_STICK, MAXIMAL_PROCEDURE,"
                    + " PERMUTED_BLOCKS), ratio (\"1:1\"), mti, blockSizes, sequenceLength, municipalities (slugs),"
                    + " categories and target; 201. It opens when a second researcher confirms it. A wrong field is a"
                    + " 400 naming it")
    @Requires(Capability.OVERSEE_TRIAL)
    @Answers(RandomisationViews.TrialSummary.class)
    public Response propose(@NotNull(message = "{hub.body.required}") RandomisationViews.NewTrial input) {
        return Response.status(Response.Status.CREATED)
                .entity(randomisation.propose(input, user.caller()))
                .build();
    }

    @POST
    @Path("trials/{trial}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "confirmTrial",
            summary = "Confirm a proposed trial, naming its version: it opens. Only a researcher other than the one"
                    + " who proposed it; 409 otherwise, when stale or when it is not proposed any more")
    @Requires(Capability.OVERSEE_TRIAL)
    public RandomisationViews.TrialSummary confirm(
            @PathParam("trial") long trial, @NotNull(message = "{hub.body.required}") @Valid Closure decision) {
        return randomisation.confirm(trial, decision.version(), user.caller());
    }

    @POST
    @Path("trials/{trial}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "withdrawTrial",
            summary = "Withdraw a proposed trial before it opens, naming its version; 409 when stale or not proposed")
    @Requires(Capability.OVERSEE_TRIAL)
    public RandomisationViews.TrialSummary withdraw(
            @PathParam("trial") long trial, @NotNull(message = "{hub.body.required}") @Valid Closure decision) {
        return randomisation.withdraw(trial, decision.version(), user.caller());
    }

    @GET
    @Path("overview")
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "getTrialOverview",
            summary =
                    "The trial's course (researchers): allocations per municipality, stratum and arm, per month,"
                            + " balance, low-stock warnings, each batch's digest and the trial's log; block sizes only once closed")
    @Requires(Capability.OVERSEE_TRIAL)
    public RandomisationViews.Overview overview(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                    @QueryParam("trial")
                    String trial) {
        return randomisation.overview(trial(trial), user.caller());
    }

    @GET
    @Path("allocations")
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "listAllocations",
            summary = "The allocation log, newest first, paged (researchers): study IDs, never a person")
    @Requires(Capability.OVERSEE_TRIAL)
    @Paged
    @Answers(value = RandomisationViews.Entry.class, list = true)
    public Response log(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                    @QueryParam("trial")
                    String trial,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        return Paging.of(
                randomisation.log(
                        trial(trial),
                        Paging.number("page", page, 1),
                        Paging.number("size", size, Paging.DEFAULT_SIZE),
                        user.caller()),
                uri);
    }

    @POST
    @Path("allocations/{studyId}/error")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "markAllocationError",
            summary = "Mark an allocation randomised in error, for one of the fixed reasons (INELIGIBLE,"
                    + " SAME_PERSON_TWICE, WRONG_CATEGORY, WRONG_MUNICIPALITY, TEST_ENTRY); the allocation and its slot stay;"
                    + " 409 if it is marked already")
    @Requires(Capability.OVERSEE_TRIAL)
    public RandomisationViews.Entry markError(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                    @QueryParam("trial")
                    String trial,
            @PathParam("studyId") String studyId,
            @NotNull(message = "{hub.body.required}") Mark mark) {
        return randomisation.markError(trial(trial), studyId, mark.reason(), user.caller());
    }

    @POST
    @Path("strata/{slug}/{category}/extension")
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "extendStratum",
            summary = "Append new blocks to a stratum's list without touching its slots so far (researchers)")
    @Requires(Capability.OVERSEE_TRIAL)
    public RandomisationViews.Overview extend(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                    @QueryParam("trial")
                    String trial,
            @PathParam("slug") String municipality,
            @PathParam("category") String category) {
        return randomisation.extend(trial(trial), municipality, category, user.caller());
    }

    @POST
    @Path("closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "closeTrial",
            summary = "Close the trial, naming its version from the overview (409 when stale or closed already): no"
                    + " more allocations; the full list with its salts becomes readable. Cannot be undone")
    @Requires(Capability.OVERSEE_TRIAL)
    public RandomisationViews.Overview close(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                    @QueryParam("trial")
                    String trial,
            @NotNull(message = "{hub.body.required}") @Valid Closure closure) {
        return randomisation.close(trial(trial), closure.version(), user.caller());
    }

    @GET
    @Path("list")
    @RolesAllowed(Role.Names.RESEARCHER)
    @Operation(
            operationId = "getFullList",
            summary = "The whole generated list with salts and digests, each digest recomputed; 409 while the"
                    + " trial runs")
    @Requires(Capability.OVERSEE_TRIAL)
    public RandomisationViews.FullList fullList(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
                    @QueryParam("trial")
                    String trial) {
        return randomisation.fullList(trial(trial), user.caller());
    }

    /** The {@code trial} query parameter: a trial's id, or null for the first trial. */
    private static Long trial(String trial) {
        return trial == null || trial.isBlank() ? null : (long) Paging.number("trial", trial, 0);
    }
}
