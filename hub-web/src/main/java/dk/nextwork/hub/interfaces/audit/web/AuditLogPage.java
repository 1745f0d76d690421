package dk.nextwork.hub.interfaces.audit.web;

import dk.nextwork.hub.application.AuditEventView;
import dk.nextwork.hub.application.AuditTrail;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The latest changes in the Hub: who, when, what. */
@Named("auditLogPage")
@RequestScoped
public class AuditLogPage {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    private List<AuditEventView> events;

    public List<AuditEventView> getEvents() {
        if (events == null) {
            events = audit.latest(200, user.caller());
        }
        return events;
    }
}
