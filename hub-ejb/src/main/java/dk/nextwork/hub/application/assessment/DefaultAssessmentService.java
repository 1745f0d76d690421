package dk.nextwork.hub.application.assessment;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.AssessmentPolicy;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.audit.AuditEventView;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.common.ConcurrentSaves;
import dk.nextwork.hub.application.common.Versions;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.application.onboarding.OnboardingRecords;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fidelity self-assessments: checks who may do what to a report, starts the transaction, moves the report on and
 * records the audit event; {@link AssessmentChecks} checks the changes, {@link AssessmentNotices} tells who should
 * know, {@link AssessmentLists} reads the lists.
 */
@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultAssessmentService implements AssessmentService {

    @Inject
    AssessmentRepository assessments;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ReportingPeriodRepository periods;

    @Inject
    Instruments instruments;

    @Inject
    AuditLog audit;

    @Inject
    AssessmentLists lists;

    @Inject
    KeptReports kept;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Clock clock;

    @Inject
    AssessmentNotices notices;

    @Inject
    OnboardingRecords onboardingRecords;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<AssessmentView.Summary> visibleTo(Caller caller, String municipality, int page, int size) {
        Access.require(caller, Capability.SEE_ASSESSMENTS);
        Page.require(page, size);
        return lists.visibleTo(caller, municipality, page, size);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AssessmentView.Summary> reviewQueue(Caller caller) {
        Access.require(caller, Capability.SEE_REVIEW_QUEUE);
        return lists.inState(AssessmentState.SUBMITTED, caller);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AssessmentView> previousApproved(long id, Caller caller) {
        Assessment current = readable(id, caller);
        return assessments
                .latestApproved(current.municipality().slug(), current.period().firstDay())
                .map(a -> view(a, caller));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AssessmentView.Unfinished> unfinished(Caller caller) {
        Access.require(caller, Capability.SEE_ASSESSMENTS);
        if (!caller.isMunicipalStaff()) {
            return List.of();
        }
        return assessments.unfinished(caller.municipality(), 10).stream()
                .map(u -> {
                    Instrument instrument = instruments.of(u.instrumentId(), u.instrumentVersion());
                    int missing = (int) instrument.items().stream()
                            .filter(i -> !u.rated().contains(i.code()))
                            .count();
                    return new AssessmentView.Unfinished(
                            u.id(),
                            u.period(),
                            u.state().name(),
                            u.returnReason(),
                            missing,
                            instrument.items().size());
                })
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> periodsReported(Caller caller) {
        Access.require(caller, Capability.SEE_ASSESSMENTS);
        if (!caller.isMunicipalStaff()) {
            return Set.of();
        }
        return assessments.periodsReported(caller.municipality());
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AssessmentView get(long id, Caller caller) {
        if (transactions.getTransactionKey() != null) {
            // A caller's transaction may hold changes of its own, not yet committed: read as it stands, not kept.
            return view(readable(id, caller), caller);
        }
        var versions = assessments.readVersions(id).orElseThrow(() -> new NotFoundException("notFound.assessment", id));
        KeptReports.Kept report = kept.at(id, versions).orElseGet(() -> {
            Assessment a = assessments.find(id).orElseThrow(() -> new NotFoundException("notFound.assessment", id));
            return kept.keep(instruments.of(a), a, versions.network());
        });
        if (!AssessmentPolicy.mayRead(caller, report.municipality(), report.state())) {
            throw new NotFoundException("notFound.assessment", id);
        }
        AssessmentView view = AssessmentPolicy.mayReadWorkingNotes(caller, report.municipality())
                ? report.withNotes()
                : report.published();
        return view.with(AssessmentScoring.permissions(caller, report.municipality(), report.state()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEventView> history(long id, Caller caller) {
        return lists.history(readable(id, caller));
    }

    @Override
    public AssessmentView startDraft(String periodCode, Caller caller) {
        Access.require(caller, Capability.START_ASSESSMENT);
        Municipality municipality = municipalities
                .findBySlug(caller.municipality())
                .orElseThrow(() -> new NotFoundException("notFound.municipality", caller.municipality()));
        ReportingPeriod period = periods.findByCode(periodCode)
                .orElseThrow(() -> new InvalidInputException("period", "problem.period.unknown", periodCode));
        if (assessments.find(municipality.slug(), period.code()).isPresent()) {
            throw new ConflictException("conflict.assessment.exists", municipality.name(), period.code());
        }
        Instrument instrument = instruments.active();
        Assessment a =
                new Assessment(municipality, period, instrument.id(), instrument.version(), caller.username(), now());
        assessments.add(a);
        return record(caller, "assessment.draft-started", a, null);
    }

    @Override
    public AssessmentView saveDraft(long id, DraftChange change, Caller caller) {
        Assessment a = editable(id, caller);
        Instrument instrument = instruments.of(a);
        Versions.require(a.version(), change.version(), () -> AssessmentChecks.changedSince(instrument, a, change));
        AssessmentChecks.draft(instrument, change, a.keyFigures());
        AssessmentView before = snapshot(a);
        change.ratings().forEach((code, rating) -> a.recordItem(code, rating, rating == null, null, null));
        change.evidence().forEach((code, text) -> a.recordItem(code, null, false, text, null));
        change.justifications().forEach((code, text) -> a.recordItem(code, null, false, null, text));
        change.keyFigures().forEach(a::recordKeyFigure);
        a.touch(caller.username(), now());
        return record(caller, "assessment.draft-saved", a, before);
    }

    @Override
    public AssessmentView submit(long id, long version, Caller caller) {
        Assessment a = editable(id, caller);
        Instrument instrument = instruments.of(a);
        Versions.require(a.version(), version, () -> AssessmentChecks.changedSince(a, null));
        AssessmentResult result = AssessmentScoring.score(instrument, a);
        AssessmentChecks.submittable(instrument, a, result);
        AssessmentView before = snapshot(a);
        Instant now = now();
        a.submit(caller.username(), now, FrozenResult.of(result, now).json());
        notices.submitted(a, now);
        return record(caller, "assessment.submitted", a, before);
    }

    @Override
    public AssessmentView review(long id, ReviewChange change, Caller caller) {
        Assessment a = reviewable(id, caller);
        Versions.require(a.version(), change.version(), () -> AssessmentChecks.changedSince(a, null));
        Instrument instrument = instruments.of(a);
        AssessmentChecks.review(instrument, change);
        AssessmentView before = snapshot(a);
        change.ratings().forEach((code, rating) -> a.review(code, rating, rating == null, null));
        change.comments().forEach((code, text) -> a.review(code, null, false, text));
        a.touch(caller.username(), now());
        return record(caller, "assessment.reviewed", a, before);
    }

    @Override
    public AssessmentView returnToLead(long id, long version, String reason, Caller caller) {
        Assessment a = reviewable(id, caller);
        Versions.require(a.version(), version, () -> AssessmentChecks.changedSince(a, null));
        String why = AssessmentChecks.reason(reason);
        AssessmentView before = snapshot(a);
        Instant now = now();
        a.returnToLead(why, caller.username(), now);
        notices.returned(a, why, now);
        return record(caller, "assessment.returned", a, before);
    }

    @Override
    public AssessmentView approve(long id, long version, Caller caller) {
        Assessment a = reviewable(id, caller);
        Versions.require(a.version(), version, () -> AssessmentChecks.changedSince(a, null));
        AssessmentView before = snapshot(a);
        Instant now = now();
        a.approve(caller.username(), now);
        notices.approved(a);
        AssessmentView approved = record(caller, "assessment.approved", a, before);
        onboardingRecords.firstApproval(a.municipality().slug(), caller);
        return approved;
    }

    private Assessment readable(long id, Caller caller) {
        return assessments
                .find(id)
                .filter(a -> AssessmentPolicy.mayRead(caller, a.municipality().slug(), a.state()))
                .orElseThrow(() -> new NotFoundException("notFound.assessment", id));
    }

    private Assessment editable(long id, Caller caller) {
        Assessment a = readable(id, caller);
        if (!caller.leads(a.municipality().slug())) {
            throw new AccessDeniedException(
                    "access.denied.assessment.edit", a.municipality().name());
        }
        if (!AssessmentPolicy.mayEdit(caller, a.municipality().slug(), a.state())) {
            throw notInState(a, "conflict.assessment.notEditable");
        }
        return a;
    }

    /** A report a supervisor may act on now: readable, the caller reviews, and it is submitted. */
    private Assessment reviewable(long id, Caller caller) {
        Assessment a = readable(id, caller);
        Access.require(caller, Capability.REVIEW);
        if (!AssessmentPolicy.mayReview(caller, a.state())) {
            throw notInState(a, "conflict.assessment.notSubmitted");
        }
        return a;
    }

    /** The report's state does not allow the step: an approved report is locked; any other names its state. */
    private static ConflictException notInState(Assessment a, String key) {
        return new ConflictException(
                a.state() == AssessmentState.APPROVED
                        ? Message.of("conflict.assessment.locked")
                        : Message.of(key, Message.of("state." + a.state())));
    }

    private AssessmentView view(Assessment a, Caller caller) {
        return AssessmentScoring.view(instruments.of(a), a, caller);
    }

    /** The report as the audit trail keeps it: everything but what one caller may do. */
    private AssessmentView snapshot(Assessment a) {
        return AssessmentScoring.view(instruments.of(a), a, null);
    }

    /** Writes the change and its audit event (the state after, new version included), and returns that state. */
    private AssessmentView record(Caller caller, String action, Assessment a, AssessmentView before) {
        assessments.flush();
        audit.record(caller, action, "assessment", a.id(), before, snapshot(a));
        return view(a, caller);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
