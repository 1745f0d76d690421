package dk.nextwork.hub.interfaces.municipality.rest;

import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.municipality.AddedMunicipality;
import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.municipality.NewMunicipality;
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

@Path("municipalities")
@RequestScoped
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Municipalities")
public class MunicipalitiesResource {

    /** A status change, with the version the caller last saw. */
    public record StatusChange(
            @NotNull(message = "{hub.status.required}")
            @Pattern(regexp = "ONBOARDING|ACTIVE|PAUSED|FORMER", message = "{hub.status.invalid}")
            String status,

            @NotNull(message = "{hub.version.required}") Long version) {}

    @Inject
    MunicipalityService municipalities;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(
            operationId = "listMunicipalities",
            summary = "The network's municipalities: name, kommunekode and status")
    @Requires(Capability.SEE_MUNICIPALITIES)
    public List<MunicipalityView> all() {
        return municipalities.municipalities();
    }

    @GET
    @Path("{slug}")
    @Operation(operationId = "getMunicipality", summary = "One municipality")
    @Requires(Capability.SEE_MUNICIPALITIES)
    public MunicipalityView one(@PathParam("slug") String slug) {
        return municipalities.bySlug(slug).orElseThrow(() -> new NotFoundException("notFound.municipality", slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "addMunicipality",
            summary = "Add one of Denmark's 98 municipalities by kommunekode with its lead (network admin): the"
                    + " municipality (onboarding), its Keycloak group and the lead's account with a temporary password"
                    + " shown once; 409 if it is already in the network, 503 if Keycloak does not answer (nothing"
                    + " is left behind)")
    @Requires(Capability.MANAGE_MUNICIPALITIES)
    @Answers(AddedMunicipality.class)
    public Response add(@NotNull(message = "{hub.body.required}") NewMunicipality input) {
        AddedMunicipality added = municipalities.add(input, currentUser.caller());
        return Response.created(
                        URI.create("municipalities/" + added.municipality().slug()))
                .entity(added)
                .build();
    }

    @PUT
    @Path("{slug}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "changeMunicipalityStatus",
            summary = "Change a municipality's status (network admin); 409 if it changed since your version")
    @Requires(Capability.MANAGE_MUNICIPALITIES)
    public MunicipalityView changeStatus(
            @PathParam("slug") String slug, @Valid @NotNull(message = "{hub.body.required}") StatusChange change) {
        return municipalities.changeStatus(slug, change.status(), change.version(), currentUser.caller());
    }
}
