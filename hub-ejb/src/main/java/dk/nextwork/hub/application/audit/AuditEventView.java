package dk.nextwork.hub.application.audit;

import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.domain.model.audit.AuditEvent;
import java.time.Instant;
import java.time.LocalDateTime;

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

    /** When it happened, in Danish time, for pages. */
    public LocalDateTime occurredAtLocal() {
        return LocalDateTime.ofInstant(occurredAt, DanishTime.ZONE);
    }

    /** The state before, cut to a length a table cell can show. */
    public String beforeExcerpt() {
        return excerpt(before);
    }

    /** The state after, cut to a length a table cell can show. */
    public String afterExcerpt() {
        return excerpt(after);
    }

    private static String excerpt(String json) {
        return json == null || json.length() <= 160 ? json : json.substring(0, 160) + "…";
    }

    public static AuditEventView of(AuditEvent e) {
        return new AuditEventView(
                e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.before(), e.after());
    }
}
