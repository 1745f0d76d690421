package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.AuditEventView;
import dk.nextwork.hub.application.AuditTrail;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
public class DefaultAuditTrail implements AuditTrail {

    @Inject
    AuditEventRepository events;

    @Override
    public List<AuditEventView> latest(int limit, Caller caller) {
        Access.require(caller, Capability.READ_AUDIT_LOG);
        return events.latest(Math.max(1, Math.min(limit, 500))).stream()
                .map(AuditEventView::of)
                .toList();
    }

    @Override
    public List<AuditEventView> forSubject(String subjectType, String subjectId, Caller caller) {
        Access.require(caller, Capability.READ_AUDIT_LOG);
        return events.forSubject(subjectType, subjectId).stream()
                .map(AuditEventView::of)
                .toList();
    }
}
