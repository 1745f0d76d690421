package dk.nextwork.hub.interfaces.practice.rest;

import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.practice.PracticeInput;
import dk.nextwork.hub.application.practice.PracticeService;
import dk.nextwork.hub.application.practice.PracticeViews;
import dk.nextwork.hub.interfaces.rest.Answers;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The shared practice library. Published practice is visible to every role; a draft only to its own municipality (404
 * for anyone else, and absent from search).
 */
@Path("practices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Tag(name = "Practice library")
public class PracticesResource {

    /** A comment. */
    public record CommentInput(String text) {}

    /** "Afprøvet i": when (2026-11-20 or 20-11-2026), how it went (WORKED, PARTLY, DID_NOT_WORK), a short note. */
    public record TrialInput(String triedOn, String outcome, String note) {}

    /** Archiving, with the version the caller last saw. */
    public record ArchiveInput(
            @NotNull(message = "{hub.version.required}") Long version) {}

    @Inject
    PracticeService library;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            operationId = "searchPractices",
            summary =
                    "Search the library: Danish full text (any input; inflected forms match), filters by principle"
                            + " (the instrument's principle codes), activity and municipality, sorted by relevance or newest; snippets mark the matches")
    @Requires(Capability.READ_PRACTICE)
    public List<PracticeViews.Hit> search(
            @QueryParam("q") String q,
            @QueryParam("principle") String principle,
            @QueryParam("activity") String activity,
            @QueryParam("municipality") String municipality,
            @QueryParam("sort") String sort) {
        return library.search(q, principle, activity, municipality, "newest".equals(sort), user.caller());
    }

    @GET
    @Path("suggestions")
    @Operation(
            operationId = "suggestPractices",
            summary = "Practice for a municipality's lowest-scoring items, first from municipalities that improved on"
                    + " them")
    @Requires(Capability.READ_PRACTICE)
    public List<PracticeViews.Suggestion> suggestions(@QueryParam("municipality") String municipality) {
        return library.suggestions(municipality == null ? "" : municipality, user.caller());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getPractice", summary = "One practice with its comments and where it has been tried")
    @Requires(Capability.READ_PRACTICE)
    public PracticeViews.Practice one(@PathParam("id") long id) {
        return library.get(id, user.caller());
    }

    @POST
    @Operation(
            operationId = "createPractice",
            summary = "Share a practice (a municipality's consultants and lead); the body is sanitised")
    @Requires(Capability.SHARE_PRACTICE)
    @Answers(PracticeViews.Practice.class)
    public Response create(@NotNull(message = "{hub.body.required}") PracticeInput input) {
        PracticeViews.Practice created = library.create(input, user.caller());
        return Response.created(URI.create("practices/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "updatePractice",
            summary = "Rewrite or publish the own municipality's practice; 409 from a stale version")
    @Requires(Capability.READ_PRACTICE)
    public PracticeViews.Practice update(
            @PathParam("id") long id, @NotNull(message = "{hub.body.required}") PracticeInput input) {
        return library.update(id, input, user.caller());
    }

    @POST
    @Path("{id}/archive")
    @Operation(operationId = "archivePractice", summary = "Archive the own municipality's practice; it leaves search")
    @Requires(Capability.READ_PRACTICE)
    public PracticeViews.Practice archive(
            @PathParam("id") long id, @NotNull(message = "{hub.body.required}") ArchiveInput input) {
        return library.archive(id, input.version() == null ? -1 : input.version(), user.caller());
    }

    @POST
    @Path("{id}/comments")
    @Operation(operationId = "commentOnPractice", summary = "Comment on a practice")
    @Requires(Capability.READ_PRACTICE)
    public PracticeViews.Practice comment(
            @PathParam("id") long id, @NotNull(message = "{hub.body.required}") CommentInput input) {
        return library.comment(id, input.text(), user.caller());
    }

    @POST
    @Path("{id}/trials")
    @Operation(
            operationId = "recordPracticeTrial",
            summary = "Record that the caller's municipality tried the practice, when and how it went")
    @Requires(Capability.READ_PRACTICE)
    public PracticeViews.Practice trial(
            @PathParam("id") long id, @NotNull(message = "{hub.body.required}") TrialInput input) {
        return library.recordTrial(id, input.triedOn(), input.outcome(), input.note(), user.caller());
    }
}
