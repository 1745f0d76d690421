package dk.nextwork.hub.interfaces.period.rest;

import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.period.PeriodService;
import dk.nextwork.hub.application.period.PeriodView;
import dk.nextwork.hub.interfaces.rest.Answers;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reporting periods: everyone reads them; the network admin opens and closes them. */
@Path("periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Tag(name = "Reporting periods")
public class PeriodsResource {

    /** A half-year to open, such as 2027-H1. */
    public record NewPeriod(
            @NotNull(message = "{hub.period.required}")
            @Pattern(regexp = "[0-9]{4}-H[12]", message = "{hub.period.required}")
            String code) {}

    /** A status change, with the version the caller last saw. */
    public record StatusChange(
            @NotNull(message = "{hub.status.required}")
            @Pattern(regexp = "PLANNED|OPEN|CLOSED", message = "{hub.period.status.invalid}")
            String status,

            @NotNull(message = "{hub.version.required}") Long version) {}

    @Inject
    PeriodService periods;

    @Inject
    CurrentUser user;

    @GET
    @Operation(operationId = "listPeriods", summary = "All reporting periods, newest first")
    @Requires(Capability.SEE_ASSESSMENTS)
    public List<PeriodView> all() {
        return periods.periods();
    }

    @POST
    @Operation(operationId = "openPeriod", summary = "Open a half-year for reporting (network admin); 409 if it exists")
    @Requires(Capability.MANAGE_PERIODS)
    @Answers(PeriodView.class)
    public Response open(@Valid @NotNull(message = "{hub.body.required}") NewPeriod period) {
        PeriodView opened = periods.open(period.code(), user.caller());
        return Response.created(URI.create("periods/" + opened.code()))
                .entity(opened)
                .build();
    }

    @PUT
    @Path("{code}/status")
    @Operation(
            operationId = "changePeriodStatus",
            summary = "Open or close a period (network admin); 409 if it changed since your version")
    @Requires(Capability.MANAGE_PERIODS)
    public PeriodView changeStatus(
            @PathParam("code") String code, @Valid @NotNull(message = "{hub.body.required}") StatusChange change) {
        return periods.changeStatus(code, change.status(), change.version(), user.caller());
    }
}
