package dk.nextwork.hub.application.supervision;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.access.SupervisionPolicy;
import dk.nextwork.hub.application.assessment.AssessmentScoring;
import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.assessment.FrozenResult;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.common.ConcurrentSaves;
import dk.nextwork.hub.application.common.Versions;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import dk.nextwork.hub.domain.model.supervision.AgreedAction;
import dk.nextwork.hub.domain.model.supervision.AgreedActionRepository;
import dk.nextwork.hub.domain.model.supervision.Participants;
import dk.nextwork.hub.domain.model.supervision.SessionFormat;
import dk.nextwork.hub.domain.model.supervision.SupervisionSession;
import dk.nextwork.hub.domain.model.supervision.SupervisionSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultSupervisionService implements SupervisionService {

    static final int MAX_TEXT = 4000;
    static final int MAX_TITLE = 200;
    static final int MAX_OWNER = 120;
    /** More people of one role than this in one session is a typing mistake. */
    static final int MAX_PARTICIPANTS = 1000;

    @Inject
    SupervisionSessionRepository sessions;

    @Inject
    AgreedActionRepository actions;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AssessmentRepository assessments;

    @Inject
    AssessmentService assessmentService;

    @Inject
    AuditLog audit;

    @Inject
    Instruments instruments;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Override
    public List<SupervisionViews.Session> sessions(String municipality, Caller caller) {
        Municipality m = visible(municipality, caller);
        List<AgreedAction> all = actions.forMunicipality(m.slug());
        return sessions.forMunicipality(m.slug()).stream()
                .map(s -> view(s, all))
                .toList();
    }

    @Override
    public SupervisionViews.Session session(long id, Caller caller) {
        SupervisionSession s = sessions.find(id)
                .filter(found ->
                        SupervisionPolicy.maySee(caller, found.municipality().slug()))
                .orElseThrow(() -> new NotFoundException("notFound.session", id));
        return view(s, actions.forMunicipality(s.municipality().slug()));
    }

    @Override
    public SupervisionViews.Session logSession(NewSession input, Caller caller) {
        Access.require(caller, Capability.LOG_SESSIONS);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Municipality> municipality =
                input.municipality() == null ? Optional.empty() : municipalities.findBySlug(input.municipality());
        if (input.municipality() == null || input.municipality().isBlank()) {
            problems.add(FieldProblem.of("municipality", "problem.municipality.required"));
        } else if (municipality.isEmpty()) {
            problems.add(FieldProblem.of(
                    "municipality", "problem.municipality.unknown", String.valueOf(input.municipality())));
        }
        LocalDate heldOn = DanishTime.parse("heldOn", input.heldOn(), problems);
        if (heldOn == null && (input.heldOn() == null || input.heldOn().isBlank())) {
            problems.add(FieldProblem.of("heldOn", "problem.session.date.required"));
        } else if (heldOn != null && heldOn.isAfter(today())) {
            problems.add(FieldProblem.of("heldOn", "problem.session.date.future", heldOn));
        }
        SessionFormat format = null;
        try {
            format = SessionFormat.valueOf(String.valueOf(input.format()));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of("format", "problem.session.format", String.valueOf(input.format())));
        }
        SupervisionViews.Participants p =
                input.participants() == null ? new SupervisionViews.Participants(0, 0, 0, 0, 0) : input.participants();
        checkCount("participants.leads", p.leads(), problems);
        checkCount("participants.consultants", p.consultants(), problems);
        checkCount("participants.psychologists", p.psychologists(), problems);
        checkCount("participants.companyReps", p.companyReps(), problems);
        checkCount("participants.youngPeople", p.youngPeople(), problems);
        Set<String> principles = instruments.principleCodes();
        for (int i = 0; i < input.principles().size(); i++) {
            if (!principles.contains(input.principles().get(i))) {
                problems.add(FieldProblem.of(
                        "principles[" + i + "]",
                        "problem.principle.unknown",
                        String.valueOf(input.principles().get(i)),
                        String.join(", ", principles)));
            }
        }
        checkItems("items", input.items(), problems);
        checkText("notes", input.notes(), MAX_TEXT, problems);
        checkText("agreements", input.agreements(), MAX_TEXT, problems);
        List<LocalDate> dues = new ArrayList<>();
        for (int i = 0; i < input.actions().size(); i++) {
            NewAction a = input.actions().get(i);
            String prefix = "actions[" + i + "].";
            if (a == null) {
                problems.add(FieldProblem.of("actions[" + i + "]", "problem.action.missing"));
                dues.add(null);
                continue;
            }
            checkAction(prefix, a, problems);
            LocalDate due = DanishTime.parse(prefix + "dueOn", a.dueOn(), problems);
            dues.add(due);
            if (due == null && (a.dueOn() == null || a.dueOn().isBlank())) {
                problems.add(FieldProblem.of(prefix + "dueOn", "problem.action.due.required"));
            } else if (due != null && heldOn != null && due.isBefore(heldOn)) {
                problems.add(FieldProblem.of(prefix + "dueOn", "problem.action.due.beforeSession", due, heldOn));
            }
            if (a.assessmentId() != null) {
                problems.add(FieldProblem.of(prefix + "assessmentId", "problem.action.sessionLinked"));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Instant now = Instant.now(clock);
        SupervisionSession session = new SupervisionSession(
                municipality.get(),
                heldOn,
                caller.username(),
                format,
                new Participants(p.leads(), p.consultants(), p.psychologists(), p.companyReps(), p.youngPeople()),
                Set.copyOf(input.principles()),
                Set.copyOf(input.items()),
                blankToNull(input.notes()),
                blankToNull(input.agreements()),
                now);
        sessions.add(session);
        for (int i = 0; i < input.actions().size(); i++) {
            NewAction a = input.actions().get(i);
            actions.add(new AgreedAction(
                    session.municipality(),
                    a.title().strip(),
                    a.owner().strip(),
                    dues.get(i),
                    Set.copyOf(a.items()),
                    session.id(),
                    null,
                    caller.username(),
                    now));
        }
        SupervisionViews.Session view =
                view(session, actions.forMunicipality(session.municipality().slug()));
        audit.record(caller, "supervision.session-logged", "supervision-session", session.id(), null, view);
        if (!input.actions().isEmpty()) {
            closePlanIfAgreed(session.municipality().slug(), caller);
        }
        return view;
    }

    @Override
    public List<SupervisionViews.Action> actions(String municipality, Caller caller) {
        Municipality m = visible(municipality, caller);
        LocalDate today = today();
        return actions.forMunicipality(m.slug()).stream()
                .map(a -> view(a, today))
                .toList();
    }

    @Override
    public SupervisionViews.Action action(long id, Caller caller) {
        return view(visibleAction(id, caller), today());
    }

    @Override
    public SupervisionViews.Action addAction(String municipality, NewAction input, Caller caller) {
        List<FieldProblem> problems = new ArrayList<>();
        if (municipality == null || municipality.isBlank()) {
            problems.add(FieldProblem.of("municipality", "problem.municipality.required"));
        }
        checkAction("", input, problems);
        LocalDate due = DanishTime.parse("dueOn", input.dueOn(), problems);
        boolean dueGiven = input.dueOn() != null && !input.dueOn().isBlank();
        if (municipality == null || municipality.isBlank()) {
            InvalidInputException.throwIfAny(problems);
        }
        Municipality m = visible(municipality, caller);
        requireMayAct(m, caller);
        if (input.assessmentId() != null) {
            Optional<Assessment> report = assessments
                    .find(input.assessmentId())
                    .filter(a -> a.municipality().equals(m) && a.state() == AssessmentState.APPROVED);
            if (report.isEmpty()) {
                problems.add(FieldProblem.of("assessmentId", "problem.action.report", input.assessmentId(), m.name()));
            } else if (!dueGiven) {
                due = report.get().actionPlanDue(DanishTime.ZONE).orElseThrow();
            }
        }
        if (due == null && !dueGiven) {
            problems.add(FieldProblem.of("dueOn", "problem.action.due.required"));
        }
        InvalidInputException.throwIfAny(problems);
        Instant now = Instant.now(clock);
        AgreedAction action = new AgreedAction(
                m,
                input.title().strip(),
                input.owner().strip(),
                due,
                Set.copyOf(input.items()),
                null,
                input.assessmentId(),
                caller.username(),
                now);
        actions.add(action);
        SupervisionViews.Action view = view(action, today());
        audit.record(caller, "action.added", "action", action.id(), null, view);
        closePlanIfAgreed(m.slug(), caller);
        return view;
    }

    @Override
    public SupervisionViews.Action changeStatus(long id, long version, String status, String reason, Caller caller) {
        AgreedAction action = visibleAction(id, caller);
        requireMayAct(action.municipality(), caller);
        ActionStatus newStatus;
        try {
            newStatus = ActionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "problem.action.status", status);
        }
        if (newStatus == ActionStatus.DROPPED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "problem.action.dropReason");
        }
        if (reason != null && reason.length() > MAX_TEXT) {
            throw new InvalidInputException("reason", "problem.text.tooLong", MAX_TEXT, reason.length());
        }
        Versions.require(
                action.version(),
                version,
                () -> Message.of(
                        "conflict.action.changed",
                        action.updatedBy(),
                        action.updatedAt(),
                        Message.of("actionStatus." + action.status())));
        LocalDate today = today();
        SupervisionViews.Action before = view(action, today);
        Instant now = Instant.now(clock);
        action.changeStatus(newStatus, reason == null ? null : reason.strip(), caller.username(), now);
        if (!newStatus.isOutstanding()) {
            // Done or dropped: its reminders (due soon, overdue) are done too.
            notifications.done(Notifications.action(action.id()));
        }
        actions.flush();
        SupervisionViews.Action after = view(action, today);
        audit.record(caller, "action.status-changed", "action", id, before, after);
        return after;
    }

    /**
     * Once the actions address every principle the latest approved report requires a plan for, the notifications
     * asking for the plan are done.
     */
    private void closePlanIfAgreed(String municipality, Caller caller) {
        SupervisionViews.ActionPlan plan = actionPlan(municipality, caller);
        if (plan.assessmentId() != null && !plan.requirements().isEmpty() && !plan.required()) {
            notifications.done(Notifications.plan(plan.assessmentId()));
        }
    }

    @Override
    public List<SupervisionViews.Action> outstanding(Caller caller) {
        Access.require(caller, Capability.SEE_ALL_SUPERVISION);
        LocalDate today = today();
        return actions.outstanding().stream().map(a -> view(a, today)).toList();
    }

    @Override
    public SupervisionViews.ActionPlan actionPlan(String municipality, Caller caller) {
        Municipality m = visible(municipality, caller);
        Optional<Assessment> latest = assessments.latestApproved(m.slug(), null);
        if (latest.isEmpty()) {
            return new SupervisionViews.ActionPlan(m.slug(), null, null, null, List.of());
        }
        Assessment report = latest.get();
        Instant approvedAt = report.approvedAt().orElseThrow();
        List<AgreedAction> candidates = actions.forMunicipality(m.slug()).stream()
                .filter(a -> a.status() != ActionStatus.DROPPED)
                .filter(a ->
                        report.id().equals(a.assessmentId()) || !a.createdAt().isBefore(approvedAt))
                .toList();
        List<SupervisionViews.Requirement> requirements = new ArrayList<>();
        // The requirement is the approved report's own, frozen when it was submitted.
        for (FrozenResult.Requirement r :
                AssessmentScoring.result(instruments.of(report), report).actionPlan()) {
            boolean met = candidates.stream().anyMatch(a -> a.items().stream().anyMatch(r.lowestItems()::contains));
            requirements.add(new SupervisionViews.Requirement(r.section(), r.score(), r.lowestItems(), met));
        }
        return new SupervisionViews.ActionPlan(
                m.slug(),
                report.id(),
                report.period().code(),
                report.actionPlanDue(DanishTime.ZONE).orElseThrow(),
                requirements);
    }

    @Override
    public List<SupervisionViews.LoopRow> closedLoop(long assessmentId, Caller caller) {
        AssessmentView report = assessmentService.get(assessmentId, caller);
        Optional<AssessmentView> previous = assessmentService.previousApproved(assessmentId, caller);
        if (previous.isEmpty() || !SupervisionPolicy.maySee(caller, report.municipality())) {
            // Another municipality reads an approved report, but never the actions behind it.
            return List.of();
        }
        Instant from = previous.get().approvedAt();
        Instant until = report.approvedAt() == null ? Instant.MAX : report.approvedAt();
        LocalDate today = today();
        Map<String, List<SupervisionViews.Action>> byItem = new TreeMap<>();
        for (AgreedAction a : actions.forMunicipality(report.municipality())) {
            boolean forPrevious = Long.valueOf(previous.get().id()).equals(a.assessmentId());
            boolean between =
                    from != null && a.createdAt().isAfter(from) && a.createdAt().isBefore(until);
            if (forPrevious || between) {
                for (String item : a.items()) {
                    byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(view(a, today));
                }
            }
        }
        List<SupervisionViews.LoopRow> rows = new ArrayList<>();
        byItem.forEach((item, taken) -> rows.add(new SupervisionViews.LoopRow(
                item,
                previous.get().item(item).map(AssessmentView.Item::selfRating).orElse(null),
                report.item(item).map(AssessmentView.Item::selfRating).orElse(null),
                taken)));
        return rows;
    }

    private Municipality visible(String slug, Caller caller) {
        return municipalities
                .findBySlug(slug)
                .filter(m -> SupervisionPolicy.maySee(caller, m.slug()))
                .orElseThrow(() -> new NotFoundException("notFound.municipality", slug));
    }

    private AgreedAction visibleAction(long id, Caller caller) {
        return actions.find(id)
                .filter(a -> SupervisionPolicy.maySee(caller, a.municipality().slug()))
                .orElseThrow(() -> new NotFoundException("notFound.action", id));
    }

    private static void requireMayAct(Municipality m, Caller caller) {
        if (!SupervisionPolicy.mayChangeActions(caller, m.slug())) {
            throw new AccessDeniedException("access.denied.actions", m.name());
        }
    }

    @Override
    public SupervisionViews.Permissions permissions(String municipality, Caller caller) {
        Municipality m = visible(municipality, caller);
        return new SupervisionViews.Permissions(
                Access.allows(caller, Capability.LOG_SESSIONS), SupervisionPolicy.mayChangeActions(caller, m.slug()));
    }

    private void checkAction(String prefix, NewAction a, List<FieldProblem> problems) {
        if (a.title() == null || a.title().isBlank()) {
            problems.add(FieldProblem.of(prefix + "title", "problem.action.title.required"));
        } else {
            checkText(prefix + "title", a.title(), MAX_TITLE, problems);
        }
        if (a.owner() == null || a.owner().isBlank()) {
            problems.add(FieldProblem.of(prefix + "owner", "problem.action.owner.required"));
        } else {
            checkText(prefix + "owner", a.owner(), MAX_OWNER, problems);
        }
        checkItems(prefix + "items", a.items(), problems);
    }

    private void checkItems(String field, List<String> items, List<FieldProblem> problems) {
        Set<String> known = instruments.itemCodes();
        for (int i = 0; i < items.size(); i++) {
            if (!known.contains(items.get(i))) {
                problems.add(FieldProblem.of(
                        field + "[" + i + "]", "problem.item.unknownAny", String.valueOf(items.get(i))));
            }
        }
    }

    private static void checkCount(String field, int count, List<FieldProblem> problems) {
        if (count < 0 || count > MAX_PARTICIPANTS) {
            problems.add(FieldProblem.of(field, "problem.count.range", MAX_PARTICIPANTS, count));
        }
    }

    private static void checkText(String field, String text, int max, List<FieldProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(FieldProblem.of(field, "problem.text.tooLong", max, text.length()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return DanishTime.today(clock);
    }

    private SupervisionViews.Session view(SupervisionSession s, List<AgreedAction> municipalityActions) {
        LocalDate today = today();
        Participants p = s.participants();
        return new SupervisionViews.Session(
                s.id(),
                s.municipality().slug(),
                s.municipality().name(),
                s.heldOn(),
                s.supervisor(),
                s.format().name(),
                new SupervisionViews.Participants(
                        p.leads(), p.consultants(), p.psychologists(), p.companyReps(), p.youngPeople()),
                s.principles().stream().sorted().toList(),
                s.items().stream().sorted().toList(),
                s.notes(),
                s.agreements(),
                municipalityActions.stream()
                        .filter(a -> s.id().equals(a.sessionId()))
                        .map(a -> view(a, today))
                        .toList());
    }

    private static SupervisionViews.Action view(AgreedAction a, LocalDate today) {
        return new SupervisionViews.Action(
                a.id(),
                a.municipality().slug(),
                a.municipality().name(),
                a.title(),
                a.owner(),
                a.dueOn(),
                a.status().name(),
                a.droppedReason(),
                a.items().stream().sorted().toList(),
                a.sessionId(),
                a.assessmentId(),
                a.isOverdue(today),
                a.updatedAt(),
                a.updatedBy(),
                a.version());
    }
}
