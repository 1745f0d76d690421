package dk.nextwork.hub.interfaces.network.rest;

import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.network.AnalysisExtracts;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.Requires;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("data-use")
@RequestScoped
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Network")
public class DataUseResource {

    @Inject
    AnalysisExtracts extracts;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(
            operationId = "listDataUse",
            summary = "The data-use log, newest first: every download of the analysis extract (who, when, which"
                    + " format, how many rows, whether unsuppressed); the network admin's")
    @Requires(Capability.READ_DATA_USE_LOG)
    public List<AnalysisExtracts.DataUse> dataUse() {
        return extracts.dataUse(currentUser.caller());
    }
}
