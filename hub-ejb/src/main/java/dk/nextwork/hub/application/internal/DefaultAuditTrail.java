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
import java.util.Set;

@Stateless
public class DefaultAuditTrail implements AuditTrail {

    @Inject
    AuditEventRepository events;

    /** Audit actions that change a report's state; saves and review notes are left out of its history. */
    private static final Set<String> STATE_CHANGES =
            Set.of("assessment.draft-started", "assessment.submitted", "assessment.returned", "assessment.approved");

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

    @Override
    public List<AuditEventView> reportHistory(long assessmentId) {
        return events.forSubject("assessment", String.valueOf(assessmentId)).stream()
                .filter(e -> STATE_CHANGES.contains(e.action()))
                .map(AuditEventView::of)
                .toList();
    }
}
