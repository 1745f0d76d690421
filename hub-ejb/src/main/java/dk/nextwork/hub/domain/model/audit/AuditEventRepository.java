package dk.nextwork.hub.domain.model.audit;

import java.util.List;

/** Where audit events are appended and read back. */
public interface AuditEventRepository {

    void append(AuditEvent event);

    List<AuditEvent> latest(int limit);

    List<AuditEvent> forSubject(String subjectType, String subjectId);
}
