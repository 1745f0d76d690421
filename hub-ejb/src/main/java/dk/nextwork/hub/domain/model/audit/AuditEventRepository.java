package dk.nextwork.hub.domain.model.audit;

import java.util.List;

/** Where audit events are appended and read back. */
public interface AuditEventRepository {

    void append(AuditEvent event);

    /** The newest events, leaving out those of the given subjects (type and ids) the reader may not see. */
    List<AuditEvent> latest(int limit, String hiddenType, List<String> hiddenIds);

    List<AuditEvent> forSubject(String subjectType, String subjectId);

    /** The id of the newest event appended; 0 if there is none. */
    long newestId();

    /**
     * The events appended after the given id: the newest one's id (the given id if none) and how many. Ids are given
     * out as events are appended, so an event appended, or committed late below the newest, changes the tail.
     */
    Tail tail(long after);

    record Tail(long newestId, long count) {}
}
