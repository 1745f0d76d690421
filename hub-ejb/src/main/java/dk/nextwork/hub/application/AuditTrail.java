package dk.nextwork.hub.application;

import java.util.List;

/** Reads the audit trail; writing happens inside the services that make the changes. */
public interface AuditTrail {

    List<AuditEventView> latest(int limit);

    List<AuditEventView> forSubject(String subjectType, String subjectId);
}
