package dk.nextwork.hub.domain.model.audit;

import java.util.List;

/** Where audit events are appended and read back. */
public interface AuditEventRepository {

    void append(AuditEvent event);

    /** The newest events, leaving out those of the given subjects (type and ids) the reader may not see. */
    List<AuditEvent> latest(int limit, String hiddenType, List<String> hiddenIds);

    List<AuditEvent> forSubject(String subjectType, String subjectId);
}
