package dk.nextwork.hub.application.audit;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import dk.nextwork.hub.domain.model.practice.PracticeRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

@Stateless
public class DefaultAuditTrail implements AuditTrail {

    @Inject
    AuditEventRepository events;

    @Inject
    PracticeRepository practices;

    @Inject
    KeptAuditTrail kept;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEventView> latest(int limit, Caller caller) {
        Access.require(caller, Capability.READ_AUDIT_LOG);
        return kept.latest(Math.max(1, Math.min(limit, 500)), hiddenPractices(caller));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEventView> forSubject(String subjectType, String subjectId, Caller caller) {
        Access.require(caller, Capability.READ_AUDIT_LOG);
        if ("practice".equals(subjectType) && hiddenPractices(caller).contains(subjectId)) {
            return List.of(); // whoever may not read a practice may not read its history either
        }
        return events.forSubject(subjectType, subjectId).stream()
                .map(AuditEventView::of)
                .toList();
    }

    /** Practices the caller may not read (another municipality's drafts and archived ones): their events neither. */
    private List<String> hiddenPractices(Caller caller) {
        return practices.unpublishedOutside(caller.municipality()).stream()
                .map(String::valueOf)
                .toList();
    }
}
