package dk.nextwork.hub.application.assessment;

import dk.nextwork.fidelity.FidelityInputException;
import dk.nextwork.fidelity.KeyFigure;
import dk.nextwork.fidelity.KeyFigures;
import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Link;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Notifications;
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
import dk.nextwork.hub.domain.model.assessment.AssessmentListing;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.assessment.ItemEntry;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultAssessmentService implements AssessmentService {

    /** Evidence and justifications are short texts about the team's practice, never case notes. */
    static final int MAX_TEXT = 4000;

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
    AuditEventRepository events;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Override
    public Page<AssessmentView.Summary> visibleTo(Caller caller, String municipality, int page, int size) {
        Access.require(caller, Capability.SEE_ASSESSMENTS);
        Page.require(page, size);
        boolean all = caller.isNetworkWide();
        String own = caller.isMunicipalStaff() ? caller.municipality() : null;
        String only = municipality == null || municipality.isBlank() ? null : municipality.strip();
        long total = assessments.countListing(all, own, only);
        int shown = Page.within(page, size, total);
        return new Page<>(
                assessments.listing(all, own, only, Page.offset(shown, size), size).stream()
                        .map(a -> summary(a, caller))
                        .toList(),
                shown,
                size,
                total);
    }

    @Override
    public List<AssessmentView.Summary> reviewQueue(Caller caller) {
        Access.require(caller, Capability.SEE_REVIEW_QUEUE);
        return assessments.listingInState(AssessmentState.SUBMITTED).stream()
                .map(a -> summary(a, caller))
                .toList();
    }

    private static AssessmentView.Summary summary(AssessmentListing a, Caller caller) {
        return new AssessmentView.Summary(
                a.id(),
                a.municipality(),
                a.municipalityName(),
                a.period(),
                a.state().name(),
                a.submittedAt(),
                a.version(),
                new AssessmentView.Permissions(
                        AssessmentPolicy.mayEdit(caller, a.municipality(), a.state()),
                        AssessmentPolicy.mayReview(caller, a.state())));
    }

    @Override
    public Optional<AssessmentView> previousApproved(long id, Caller caller) {
        Assessment current = readable(id, caller);
        return assessments
                .latestApproved(current.municipality().slug(), current.period().firstDay())
                .map(a -> view(a, caller));
    }

    @Override
    public AssessmentView get(long id, Caller caller) {
        return view(readable(id, caller), caller);
    }

    /** Audit actions that change a report's state; saves and review notes are left out of its history. */
    private static final Set<String> STATE_CHANGES =
            Set.of("assessment.draft-started", "assessment.submitted", "assessment.returned", "assessment.approved");

    @Override
    public List<AuditEventView> history(long id, Caller caller) {
        Assessment a = readable(id, caller);
        return events.forSubject("assessment", String.valueOf(a.id())).stream()
                .filter(e -> STATE_CHANGES.contains(e.action()))
                .map(AuditEventView::of)
                .toList();
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
        Versions.require(a.version(), change.version(), () -> changedSince(a, change));
        validate(instrument, change);
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
        Versions.require(a.version(), version, () -> changedSince(a, null));
        AssessmentResult result = AssessmentScoring.score(instrument, a);
        List<FieldProblem> problems = new ArrayList<>();
        for (var item : instrument.items()) {
            if (a.item(item.code()).map(ItemEntry::selfRating).isEmpty()) {
                problems.add(FieldProblem.of("ratings." + item.code(), "problem.rating.missing", item.code()));
            }
        }
        for (var finding : result.evidenceFindings()) {
            if (a.item(finding.itemCode()).map(ItemEntry::justification).isEmpty()) {
                problems.add(FieldProblem.of(
                        "justifications." + finding.itemCode(),
                        "problem.justification.missing",
                        finding.itemCode(),
                        finding.impliedRating(),
                        finding.selfRating()));
            }
        }
        InvalidInputException.throwIfAny(problems);
        AssessmentView before = snapshot(a);
        Instant now = now();
        a.submit(caller.username(), now, FrozenResult.of(result, now).json());
        // Submitted: what asked the lead to fill it in (the period opened, its deadline, a return) is done.
        notifications.done(
                Notifications.submit(a.municipality().slug(), a.period().code()));
        notifications.task(
                NotificationKind.ASSESSMENT_SUBMITTED,
                a.municipality().slug(),
                Link.review(a.id()),
                a.id() + ":" + now.toEpochMilli(),
                Notifications.review(a.id()),
                a.municipality().name(),
                a.period().code());
        return record(caller, "assessment.submitted", a, before);
    }

    @Override
    public AssessmentView review(long id, ReviewChange change, Caller caller) {
        Assessment a = reviewable(id, caller);
        Versions.require(a.version(), change.version(), () -> changedSince(a, null));
        Instrument instrument = instruments.of(a);
        List<FieldProblem> problems = new ArrayList<>();
        checkRatings(instrument, "supervisorRatings", change.ratings(), problems);
        checkTexts(instrument, "comments", change.comments(), problems);
        InvalidInputException.throwIfAny(problems);
        AssessmentView before = snapshot(a);
        change.ratings().forEach((code, rating) -> a.review(code, rating, rating == null, null));
        change.comments().forEach((code, text) -> a.review(code, null, false, text));
        a.touch(caller.username(), now());
        return record(caller, "assessment.reviewed", a, before);
    }

    @Override
    public AssessmentView returnToLead(long id, long version, String reason, Caller caller) {
        Assessment a = reviewable(id, caller);
        Versions.require(a.version(), version, () -> changedSince(a, null));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "problem.reason.required");
        }
        if (reason.length() > MAX_TEXT) {
            throw new InvalidInputException("reason", "problem.text.tooLong", MAX_TEXT, reason.length());
        }
        AssessmentView before = snapshot(a);
        Instant now = now();
        a.returnToLead(reason.strip(), caller.username(), now);
        // Reviewed: every supervisor's "waiting for your review" of it is done.
        notifications.done(Notifications.review(a.id()));
        notifications.task(
                NotificationKind.ASSESSMENT_RETURNED,
                a.municipality().slug(),
                Link.assessment(a.id()),
                a.id() + ":" + now.toEpochMilli(),
                Notifications.submit(a.municipality().slug(), a.period().code()),
                a.municipality().name(),
                a.period().code(),
                reason.strip());
        return record(caller, "assessment.returned", a, before);
    }

    @Inject
    OnboardingRecords onboardingRecords;

    @Override
    public AssessmentView approve(long id, long version, Caller caller) {
        Assessment a = reviewable(id, caller);
        Versions.require(a.version(), version, () -> changedSince(a, null));
        AssessmentView before = snapshot(a);
        Instant now = now();
        a.approve(caller.username(), now);
        String slug = a.municipality().slug();
        notifications.done(Notifications.review(a.id()));
        notifications.record(
                NotificationKind.ASSESSMENT_APPROVED,
                slug,
                Link.report(a.id()),
                String.valueOf(a.id()),
                a.municipality().name(),
                a.period().code());
        if (!AssessmentScoring.result(instruments.of(a), a).actionPlan().isEmpty()) {
            notifications.task(
                    NotificationKind.ACTION_PLAN_REQUIRED,
                    slug,
                    Link.supervision(slug),
                    String.valueOf(a.id()),
                    Notifications.plan(a.id()),
                    a.municipality().name(),
                    a.period().code(),
                    a.actionPlanDue(DanishTime.ZONE).orElseThrow().toString());
        }
        driftAlert(a);
        AssessmentView approved = record(caller, "assessment.approved", a, before);
        onboardingRecords.firstApproval(a.municipality().slug(), caller);
        return approved;
    }

    /**
     * The supervisors hear when a principle dropped since the municipality's previous approved report: both reports'
     * scores as frozen with them, which the network picture shows and compares too.
     */
    private void driftAlert(Assessment approved) {
        Instrument instrument = instruments.of(approved);
        Map<String, Ratio> previous = assessments
                .latestApproved(
                        approved.municipality().slug(), approved.period().firstDay())
                .map(p -> AssessmentScoring.result(instruments.of(p), p).exactScores())
                .orElse(null);
        if (previous == null) {
            return;
        }
        // The principles' codes: the notification names them in its reader's language when it is shown or mailed.
        List<String> principles = new ArrayList<>();
        for (var alert : dk.nextwork.fidelity.scoring.Drift.alerts(
                instrument,
                previous,
                AssessmentScoring.result(instrument, approved).exactScores())) {
            if (alert.dropped()) {
                principles.add(alert.sectionCode());
            }
        }
        if (!principles.isEmpty()) {
            notifications.record(
                    NotificationKind.DRIFT_ALERT,
                    approved.municipality().slug(),
                    Link.network(approved.municipality().slug()),
                    String.valueOf(approved.id()),
                    approved.municipality().name(),
                    String.join(",", principles));
        }
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
            throw new ConflictException(
                    a.state() == AssessmentState.APPROVED
                            ? Message.of("conflict.assessment.locked")
                            : Message.of("conflict.assessment.notEditable", Message.of("state." + a.state())));
        }
        return a;
    }

    /** A report a supervisor may act on now: readable, the caller reviews, and it is submitted. */
    private Assessment reviewable(long id, Caller caller) {
        Assessment a = readable(id, caller);
        Access.require(caller, Capability.REVIEW);
        if (!AssessmentPolicy.mayReview(caller, a.state())) {
            throw new ConflictException(
                    a.state() == AssessmentState.APPROVED
                            ? Message.of("conflict.assessment.locked")
                            : Message.of("conflict.assessment.notSubmitted", Message.of("state." + a.state())));
        }
        return a;
    }

    /** Who changed the report since the caller's version, and where the caller's change differs from it now. */
    private static Message changedSince(Assessment a, DraftChange change) {
        List<Message> differs = new ArrayList<>();
        if (change != null) {
            change.ratings().forEach((code, rating) -> {
                Integer now = a.item(code).map(ItemEntry::selfRating).orElse(null);
                if (!Objects.equals(now, rating)) {
                    differs.add(Message.of("conflict.differs.rating", code, now == null ? "–" : now));
                }
            });
            change.keyFigures().forEach((figure, value) -> {
                BigDecimal now = a.keyFigures().get(figure);
                if (now == null ? value != null : value == null || now.compareTo(value) != 0) {
                    differs.add(Message.of(
                            "conflict.differs.keyFigure", Message.of("keyFigure." + figure), now == null ? "–" : now));
                }
            });
        }
        return differs.isEmpty()
                ? Message.of("conflict.assessment.changed", a.updatedBy(), a.updatedAt())
                : Message.of("conflict.assessment.changedDiffers", a.updatedBy(), a.updatedAt(), differs);
    }

    /** Every problem in the change, before anything is touched. */
    private static void validate(Instrument instrument, DraftChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        checkRatings(instrument, "ratings", change.ratings(), problems);
        checkTexts(instrument, "evidence", change.evidence(), problems);
        checkTexts(instrument, "justifications", change.justifications(), problems);
        change.keyFigures().forEach((code, value) -> {
            var figure = KeyFigure.byCode(code);
            if (figure.isEmpty() || figure.get().kind() == KeyFigure.Kind.DERIVED) {
                problems.add(FieldProblem.of("keyFigures." + code, "problem.keyFigure.unknown", code));
            } else if (value != null) {
                try {
                    KeyFigures.builder().set(figure.get(), value);
                } catch (FidelityInputException e) {
                    problems.add(new FieldProblem(e.field(), new Message("problem." + e.key(), e.args())));
                }
            }
        });
        InvalidInputException.throwIfAny(problems);
    }

    private static void checkRatings(
            Instrument instrument, String field, Map<String, Integer> ratings, List<FieldProblem> problems) {
        ratings.forEach((code, rating) -> {
            if (instrument.item(code).isEmpty()) {
                problems.add(FieldProblem.of(field + "." + code, "problem.item.unknown", code, instrument.key()));
            } else if (rating != null && (rating < 1 || rating > 5) && rating != Ratings.CANNOT_BE_ASSESSED) {
                problems.add(FieldProblem.of(field + "." + code, "problem.rating.range", rating));
            }
        });
    }

    private static void checkTexts(
            Instrument instrument, String field, Map<String, String> texts, List<FieldProblem> problems) {
        texts.forEach((code, text) -> {
            if (instrument.item(code).isEmpty()) {
                problems.add(FieldProblem.of(field + "." + code, "problem.item.unknown", code, instrument.key()));
            } else if (text != null && text.length() > MAX_TEXT) {
                problems.add(FieldProblem.of(field + "." + code, "problem.text.tooLong", MAX_TEXT, text.length()));
            }
        });
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
