package dk.nextwork.hub.interfaces.network.rest;

import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.network.FidelityOutcomesView;
import dk.nextwork.hub.application.network.NetworkQuery;
import dk.nextwork.hub.application.network.NetworkService;
import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.KeptAnswer;
import dk.nextwork.hub.interfaces.rest.Requires;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("network")
@RequestScoped
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class NetworkResource {

    @Inject
    NetworkService network;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(
            operationId = "getNetworkPicture",
            summary = "The network picture: latest approved scores per municipality (municipal staff: only their own),"
                    + " the network's median and quartiles, the median's trend per period beside a municipality's,"
                    + " drift alerts and calibration; the chosen municipality's calibration over time; optionally one"
                    + " principle's trend and alerts only")
    @Requires(Capability.SEE_NETWORK)
    @KeptAnswer
    public NetworkView picture(
            @Schema(implementation = MunicipalityStatus.class) @QueryParam("status") List<String> status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("municipality") String municipality,
            @QueryParam("principle") String principle) {
        return network.picture(
                currentUser.caller(),
                new NetworkQuery(status == null ? Set.of() : Set.copyOf(status), from, to, municipality, principle));
    }

    @GET
    @Path("fidelity-outcomes")
    @Operation(
            operationId = "getFidelityOutcomes",
            summary = "Fidelity against outcomes: one point per municipality (fidelity, total or one principle, against"
                    + " the share of exits into job or education, or returners per enrolled), Spearman's rho with its"
                    + " 95 % interval and n, the same with fidelity one period before, and the municipalities left out"
                    + " (outcome denominator under 5, or no outcome); for one period or a range pooled (default: the"
                    + " latest period with 3 points or more). Municipal staff get only their own point.")
    @Requires(Capability.SEE_NETWORK)
    @KeptAnswer
    public FidelityOutcomesView fidelityOutcomes(
            @Schema(implementation = MunicipalityStatus.class) @QueryParam("status") List<String> status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("principle") String principle,
            @Schema(enumeration = {"exits", "returners"}) @QueryParam("outcome") String outcome) {
        return network.fidelityOutcomes(
                currentUser.caller(),
                new NetworkQuery(status == null ? Set.of() : Set.copyOf(status), from, to, null, principle),
                outcome);
    }
}
