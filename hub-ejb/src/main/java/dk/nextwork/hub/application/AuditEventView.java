package dk.nextwork.hub.application;

import dk.nextwork.hub.domain.model.audit.AuditEvent;
import java.time.Instant;

/** An audit event as the pages and the API show it. */
public record AuditEventView(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        String subjectType,
        String subjectId,
        String before,
        String after) {

    public static AuditEventView of(AuditEvent e) {
        return new AuditEventView(
                e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.before(), e.after());
    }
}
