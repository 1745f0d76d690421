package dk.nextwork.hub.application.audit;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Reads the audit trail (supervisors and the network admin); writing happens inside the services that make the
 * changes.
 */
public interface AuditTrail {

    /** @throws AccessDeniedException unless the caller may read the audit log */
    List<AuditEventView> latest(int limit, @NotNull Caller caller);

    /** @throws AccessDeniedException unless the caller may read the audit log */
    List<AuditEventView> forSubject(String subjectType, String subjectId, @NotNull Caller caller);
}
