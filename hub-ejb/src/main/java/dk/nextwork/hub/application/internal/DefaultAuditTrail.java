package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.AuditEventView;
import dk.nextwork.hub.application.AuditTrail;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
public class DefaultAuditTrail implements AuditTrail {

    @Inject
    AuditEventRepository events;

    @Override
    public List<AuditEventView> latest(int limit) {
        return events.latest(Math.max(1, Math.min(limit, 500))).stream()
                .map(AuditEventView::of)
                .toList();
    }

    @Override
    public List<AuditEventView> forSubject(String subjectType, String subjectId) {
        return events.forSubject(subjectType, subjectId).stream()
                .map(AuditEventView::of)
                .toList();
    }
}
