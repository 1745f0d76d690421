package dk.nextwork.hub.application.audit;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.common.Json;
import dk.nextwork.hub.domain.model.audit.AuditEvent;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The one way a change is recorded in the audit trail: who, when (by the Hub's clock), what was done to which subject,
 * and the subject's view before and after as JSON. Called inside the service's transaction, so the event and the change
 * are saved together or not at all.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    AuditEventRepository events;

    @Inject
    Clock clock;

    /**
     * @param before the subject's view before the change (a record, or JSON already, or null for a new subject)
     * @param after the subject's view after it, or null
     */
    public void record(
            Caller caller, String action, String subjectType, Object subjectId, Object before, Object after) {
        events.append(new AuditEvent(
                Instant.now(clock),
                caller.username(),
                action,
                subjectType,
                String.valueOf(subjectId),
                json(before),
                json(after)));
    }

    private static String json(Object view) {
        return view == null || view instanceof String ? (String) view : Json.of(view);
    }
}
