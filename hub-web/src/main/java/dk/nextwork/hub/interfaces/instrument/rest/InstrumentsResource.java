package dk.nextwork.hub.interfaces.instrument.rest;

import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.instrument.InstrumentService;
import dk.nextwork.hub.application.instrument.InstrumentView;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The instrument versions the Hub ships, and the one new self-assessments are filed under. */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Tag(name = "Instruments")
public class InstrumentsResource {

    /** The version to file new reports under ({@code nextwork-fidelity@1.0}), with the choice's version last seen. */
    public record NewChoice(
            @NotNull(message = "{hub.instrument.required}") String instrument,
            @NotNull(message = "{hub.version.required}") Long version) {}

    @Inject
    InstrumentService instruments;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            operationId = "listInstruments",
            summary = "Every shipped instrument version with its sections and items; the active one marked")
    @Requires(Capability.SEE_ASSESSMENTS)
    public List<InstrumentView> versions() {
        return instruments.versions();
    }

    @GET
    @Path("active")
    @Operation(
            operationId = "getActiveInstrument",
            summary = "The version new self-assessments are filed under, who chose it and when")
    @Requires(Capability.SEE_ASSESSMENTS)
    public InstrumentView.Choice active() {
        return instruments.choice();
    }

    @PUT
    @Path("active")
    @Operation(
            operationId = "chooseInstrument",
            summary = "File new self-assessments under another version (network admin); existing reports keep theirs;"
                    + " 409 if someone chose since your version")
    @Requires(Capability.CHOOSE_INSTRUMENT)
    public InstrumentView.Choice choose(@Valid @NotNull(message = "{hub.body.required}") NewChoice choice) {
        return instruments.choose(choice.instrument(), choice.version(), user.caller());
    }
}
