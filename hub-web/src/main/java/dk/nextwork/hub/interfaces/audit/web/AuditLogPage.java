package dk.nextwork.hub.interfaces.audit.web;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.audit.AuditEventView;
import dk.nextwork.hub.application.audit.AuditTrail;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.List;

/** The latest changes in the Hub, told as sentences: who did what, when. */
@Named("auditLogPage")
@RequestScoped
public class AuditLogPage {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    private List<AuditEventView> events;

    /** One event as the page tells it: when, the sentence, and the change of state if any. */
    public record Line(LocalDateTime when, Message sentence, Message change) {}

    private List<Line> lines;

    /** The latest events as sentences, newest first. */
    public List<Line> getLines() {
        if (lines == null) {
            lines = getEvents().stream()
                    .map(e -> new Line(e.occurredAtLocal(), AuditSentence.of(e), AuditSentence.change(e)))
                    .toList();
        }
        return lines;
    }

    public List<AuditEventView> getEvents() {
        if (events == null) {
            events = audit.latest(200, user.caller());
        }
        return events;
    }
}
