package dk.nextwork.hub.interfaces.assessment.rest;

import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.assessment.DraftChange;
import dk.nextwork.hub.application.assessment.ReviewChange;
import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.interfaces.assessment.report.ReportPdf;
import dk.nextwork.hub.interfaces.assessment.report.Reports;
import dk.nextwork.hub.interfaces.i18n.AcceptLanguage;
import dk.nextwork.hub.interfaces.rest.Answers;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.Paged;
import dk.nextwork.hub.interfaces.rest.Paging;
import dk.nextwork.hub.interfaces.rest.Requires;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Fidelity self-assessments. Who may do what is decided by the service from the caller's token: other
 * municipalities get 404 for anything not approved, so not even its existence leaks.
 */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Tag(name = "Assessments")
public class AssessmentsResource {

    /**
     * Starting a draft: the period to report on. (Not {@code @NotBlank}: Payara 6.2025.10's OpenAPI generator fails on
     * that in a record.)
     */
    public record NewDraft(
            @NotNull(message = "{hub.period.required}")
            @Pattern(regexp = "[0-9]{4}-H[12]", message = "{hub.period.required}")
            String period) {}

    /** A state change, with the version the caller last saw. */
    public record Transition(
            @NotNull(message = "{hub.version.required}") Long version, String reason) {}

    @Inject
    AssessmentService assessments;

    @Inject
    CurrentUser user;

    @Inject
    Reports reports;

    @Inject
    SupervisionService supervision;

    @GET
    @Operation(
            operationId = "listAssessments",
            summary = "The assessments the caller may see: own municipality's, approved ones, all for supervisors;"
                    + " newest period first, paged (page from 1, size up to 200, default 50; X-Total-Count and Link"
                    + " headers), optionally one municipality's")
    @Requires(Capability.SEE_ASSESSMENTS)
    @Paged
    @Answers(value = AssessmentView.Summary.class, list = true)
    public Response list(
            @QueryParam("municipality") String municipality,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @Context UriInfo uri) {
        return Paging.of(
                assessments.visibleTo(
                        user.caller(),
                        municipality,
                        Paging.number("page", page, 1),
                        Paging.number("size", size, Paging.DEFAULT_SIZE)),
                uri);
    }

    @GET
    @Path("review-queue")
    @Operation(
            operationId = "listReviewQueue",
            summary = "Submitted reports waiting for review, the longest-waiting first (supervisor, network admin)")
    @Requires(Capability.SEE_REVIEW_QUEUE)
    public List<AssessmentView.Summary> reviewQueue() {
        return assessments.reviewQueue(user.caller());
    }

    @GET
    @Path("{id}/previous")
    @Operation(
            operationId = "getPreviousAssessment",
            summary = "The municipality's last approved report before this one's period; 404 if there is none")
    @Requires(Capability.SEE_ASSESSMENTS)
    public AssessmentView previous(@PathParam("id") long id) {
        return assessments
                .previousApproved(id, user.caller())
                .orElseThrow(() -> new NotFoundException("notFound.previous", id));
    }

    @GET
    @Path("{id}/closed-loop")
    @Operation(
            operationId = "getClosedLoop",
            summary = "For every item that had actions since the previous approved report: rating before and after,"
                    + " and the actions taken")
    @Requires(Capability.SEE_ASSESSMENTS)
    public List<SupervisionViews.LoopRow> closedLoop(@PathParam("id") long id) {
        return supervision.closedLoop(id, user.caller());
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(
            operationId = "getAssessmentPdf",
            summary =
                    "The printable report as PDF: scores, previous report, spider chart with its table, items, history;"
                            + " Danish unless Accept-Language asks for English")
    @Requires(Capability.SEE_ASSESSMENTS)
    public Response pdf(@PathParam("id") long id, @Context HttpHeaders headers) {
        Locale locale = AcceptLanguage.of(headers);
        byte[] pdf = new ReportPdf(reports.content(id, user.caller()), locale).render();
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"fidelity-report-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getAssessment",
            summary = "One assessment with ratings, evidence, key figures, implied ratings and exact scores")
    @Requires(Capability.SEE_ASSESSMENTS)
    public AssessmentView get(@PathParam("id") long id) {
        return assessments.get(id, user.caller());
    }

    @POST
    @Operation(
            operationId = "startAssessment",
            summary = "Start the caller's municipality's draft for a period (municipal lead)")
    @Requires(Capability.START_ASSESSMENT)
    @Answers(AssessmentView.class)
    public Response start(@Valid @NotNull(message = "{hub.body.required}") NewDraft draft) {
        AssessmentView view = assessments.startDraft(draft.period(), user.caller());
        return Response.created(URI.create("assessments/" + view.id()))
                .entity(view)
                .build();
    }

    @PUT
    @Path("{id}/draft")
    @Operation(
            operationId = "saveDraft",
            summary = "Save changes to a draft (municipal lead); 409 from a stale version, saying what changed")
    @Requires(Capability.START_ASSESSMENT)
    public AssessmentView save(
            @PathParam("id") long id, @Valid @NotNull(message = "{hub.body.required}") DraftChange change) {
        return assessments.saveDraft(id, change, user.caller());
    }

    @POST
    @Path("{id}/submit")
    @Operation(
            operationId = "submitAssessment",
            summary = "Submit for review (municipal lead): every item rated, justifications where asked for")
    @Requires(Capability.START_ASSESSMENT)
    public AssessmentView submit(
            @PathParam("id") long id, @Valid @NotNull(message = "{hub.body.required}") Transition transition) {
        return assessments.submit(id, transition.version(), user.caller());
    }

    @PUT
    @Path("{id}/review")
    @Operation(
            operationId = "saveReview",
            summary = "Save the supervisor's own ratings and item comments on a submitted report (supervisor)")
    @Requires(Capability.REVIEW)
    public AssessmentView review(
            @PathParam("id") long id, @Valid @NotNull(message = "{hub.body.required}") ReviewChange change) {
        return assessments.review(id, change, user.caller());
    }

    @POST
    @Path("{id}/return")
    @Operation(
            operationId = "returnAssessment",
            summary = "Return a submitted report to the lead with a reason (supervisor)")
    @Requires(Capability.REVIEW)
    public AssessmentView returnToLead(
            @PathParam("id") long id, @Valid @NotNull(message = "{hub.body.required}") Transition transition) {
        return assessments.returnToLead(id, transition.version(), transition.reason(), user.caller());
    }

    @POST
    @Path("{id}/approve")
    @Operation(
            operationId = "approveAssessment",
            summary = "Approve a submitted report (supervisor); it is locked from then on")
    @Requires(Capability.REVIEW)
    public AssessmentView approve(
            @PathParam("id") long id, @Valid @NotNull(message = "{hub.body.required}") Transition transition) {
        return assessments.approve(id, transition.version(), user.caller());
    }
}
