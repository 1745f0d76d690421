package dk.nextwork.hub.interfaces.audit.rest;

import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.audit.AuditEventView;
import dk.nextwork.hub.application.audit.AuditTrail;
import dk.nextwork.hub.interfaces.rest.AnyRoleOf;
import dk.nextwork.hub.interfaces.rest.KeptAnswer;
import dk.nextwork.hub.interfaces.rest.Requires;
import dk.nextwork.hub.interfaces.rest.RoleGroup;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("audit-events")
@AnyRoleOf(RoleGroup.FIDELITY_WORK)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditEventsResource {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            operationId = "listAuditEvents",
            summary = "Audit events, newest first, or those of one subject (subjectType and subjectId)")
    @Requires(Capability.READ_AUDIT_LOG)
    // The newest events are a kept list (KeptAuditTrail), their JSON written once; a subject's few events are read
    // anew, and their JSON is held only as long as their list.
    @KeptAnswer
    public List<AuditEventView> events(
            @QueryParam("subjectType") String subjectType,
            @QueryParam("subjectId") String subjectId,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "500",
                                            defaultValue = "100"))
                    @QueryParam("limit")
                    @DefaultValue("100")
                    String limit) {
        if (subjectType != null && subjectId != null) {
            return audit.forSubject(subjectType, subjectId, user.caller());
        }
        int count;
        try {
            count = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("limit", "problem.limit", limit);
        }
        return audit.latest(count, user.caller());
    }
}
