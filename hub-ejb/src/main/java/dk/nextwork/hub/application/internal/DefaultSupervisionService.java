package dk.nextwork.hub.application.internal;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.scoring.ActionPlanRequirement;
import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.AssessmentService;
import dk.nextwork.hub.application.AssessmentView;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NewAction;
import dk.nextwork.hub.application.NewSession;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.SupervisionService;
import dk.nextwork.hub.application.SupervisionViews;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.audit.AuditEvent;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

@Stateless
public class DefaultSupervisionService implements SupervisionService {

    static final int MAX_TEXT = 4000;
    static final int MAX_TITLE = 200;
    static final int MAX_OWNER = 120;
    private static final Set<String> PRINCIPLES = Set.of("AI", "MM", "MS");

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
    AuditEventRepository audit;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    Clock clock;

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
                .filter(found -> canSee(found.municipality().slug(), caller))
                .orElseThrow(() -> new NotFoundException("no supervision session " + id));
        return view(s, actions.forMunicipality(s.municipality().slug()));
    }

    @Override
    public SupervisionViews.Session logSession(NewSession input, Caller caller) {
        if (!caller.is("supervisor")) {
            throw new AccessDeniedException("only supervisors log supervision sessions");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Municipality> municipality =
                input.municipality() == null ? Optional.empty() : municipalities.findBySlug(input.municipality());
        if (municipality.isEmpty()) {
            problems.add(new FieldProblem("municipality", "unknown municipality " + input.municipality()));
        }
        if (input.heldOn() == null) {
            problems.add(new FieldProblem("heldOn", "the date of the session is required"));
        } else if (input.heldOn().isAfter(today())) {
            problems.add(new FieldProblem(
                    "heldOn", "a session is logged after it was held; " + input.heldOn() + " is in the future"));
        }
        SessionFormat format = null;
        try {
            format = SessionFormat.valueOf(String.valueOf(input.format()));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("format", "must be ON_SITE, VIRTUAL or NETWORK_WIDE; was " + input.format()));
        }
        SupervisionViews.Participants p =
                input.participants() == null ? new SupervisionViews.Participants(0, 0, 0, 0, 0) : input.participants();
        checkCount("participants.leads", p.leads(), problems);
        checkCount("participants.consultants", p.consultants(), problems);
        checkCount("participants.psychologists", p.psychologists(), problems);
        checkCount("participants.companyReps", p.companyReps(), problems);
        checkCount("participants.youngPeople", p.youngPeople(), problems);
        for (int i = 0; i < input.principles().size(); i++) {
            if (!PRINCIPLES.contains(input.principles().get(i))) {
                problems.add(new FieldProblem(
                        "principles[" + i + "]",
                        "must be AI, MM or MS; was " + input.principles().get(i)));
            }
        }
        checkItems("items", input.items(), problems);
        checkText("notes", input.notes(), MAX_TEXT, problems);
        checkText("agreements", input.agreements(), MAX_TEXT, problems);
        for (int i = 0; i < input.actions().size(); i++) {
            NewAction a = input.actions().get(i);
            checkAction("actions[" + i + "].", a, problems);
            if (a.dueOn() == null) {
                problems.add(new FieldProblem("actions[" + i + "].dueOn", "a due date is required"));
            } else if (input.heldOn() != null && a.dueOn().isBefore(input.heldOn())) {
                problems.add(new FieldProblem(
                        "actions[" + i + "].dueOn",
                        "the due date " + a.dueOn() + " is before the session date " + input.heldOn()));
            }
            if (a.assessmentId() != null) {
                problems.add(new FieldProblem(
                        "actions[" + i + "].assessmentId", "an action agreed in a session links to the session"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        SupervisionSession session = new SupervisionSession(
                municipality.get(),
                input.heldOn(),
                caller.username(),
                format,
                new Participants(p.leads(), p.consultants(), p.psychologists(), p.companyReps(), p.youngPeople()),
                Set.copyOf(input.principles()),
                Set.copyOf(input.items()),
                blankToNull(input.notes()),
                blankToNull(input.agreements()),
                now);
        sessions.add(session);
        for (NewAction a : input.actions()) {
            actions.add(new AgreedAction(
                    session.municipality(),
                    a.title().strip(),
                    a.owner().strip(),
                    a.dueOn(),
                    Set.copyOf(a.items()),
                    session.id(),
                    null,
                    caller.username(),
                    now));
        }
        SupervisionViews.Session view =
                view(session, actions.forMunicipality(session.municipality().slug()));
        audit.append(new AuditEvent(
                now,
                caller.username(),
                "supervision.session-logged",
                "supervision-session",
                String.valueOf(session.id()),
                null,
                Json.of(view)));
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
        Municipality m = visible(municipality, caller);
        requireMayAct(m, caller);
        List<FieldProblem> problems = new ArrayList<>();
        checkAction("", input, problems);
        LocalDate due = input.dueOn();
        if (input.assessmentId() != null) {
            Optional<Assessment> report = assessments
                    .find(input.assessmentId())
                    .filter(a -> a.municipality().equals(m) && a.state() == AssessmentState.APPROVED);
            if (report.isEmpty()) {
                problems.add(new FieldProblem(
                        "assessmentId", "no approved report " + input.assessmentId() + " of " + m.name()));
            } else if (due == null) {
                due = approvalDay(report.get()).plusWeeks(ACTION_PLAN_WEEKS);
            }
        }
        if (due == null) {
            problems.add(new FieldProblem("dueOn", "a due date is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
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
        audit.append(new AuditEvent(
                now, caller.username(), "action.added", "action", String.valueOf(action.id()), null, Json.of(view)));
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
            throw new InvalidInputException("status", "must be OPEN, IN_PROGRESS, DONE or DROPPED; was " + status);
        }
        if (newStatus == ActionStatus.DROPPED && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "a reason is required to drop an action");
        }
        if (reason != null && reason.length() > MAX_TEXT) {
            throw new InvalidInputException("reason", "at most " + MAX_TEXT + " characters; was " + reason.length());
        }
        if (action.version() != version) {
            throw new ConflictException("The action was changed by " + action.updatedBy() + " at "
                    + action.updatedAt() + " (version " + action.version() + ", you sent " + version
                    + "); its status is now " + action.status() + ". Nothing was saved.");
        }
        LocalDate today = today();
        SupervisionViews.Action before = view(action, today);
        Instant now = Instant.now(clock);
        action.changeStatus(newStatus, reason == null ? null : reason.strip(), caller.username(), now);
        actions.flush();
        SupervisionViews.Action after = view(action, today);
        audit.append(new AuditEvent(
                now,
                caller.username(),
                "action.status-changed",
                "action",
                String.valueOf(id),
                Json.of(before),
                Json.of(after)));
        return after;
    }

    @Override
    public List<SupervisionViews.Action> outstanding(Caller caller) {
        if (!caller.isNetworkWide()) {
            throw new AccessDeniedException("only supervisors and network admins see every municipality's actions");
        }
        LocalDate today = today();
        return actions.findAll().stream()
                .filter(a -> a.status().isOutstanding())
                .sorted(Comparator.comparing((AgreedAction a) -> !a.isOverdue(today))
                        .thenComparing(AgreedAction::dueOn))
                .map(a -> view(a, today))
                .toList();
    }

    @Override
    public SupervisionViews.ActionPlan actionPlan(String municipality, Caller caller) {
        Municipality m = visible(municipality, caller);
        Optional<Assessment> latest = assessments.approved(m.slug()).stream().findFirst();
        if (latest.isEmpty()) {
            return new SupervisionViews.ActionPlan(m.slug(), null, null, null, List.of());
        }
        Assessment report = latest.get();
        Instrument instrument =
                catalog.find(report.instrumentId(), report.instrumentVersion()).orElseThrow();
        Instant approvedAt = report.approvedAt().orElseThrow();
        List<AgreedAction> candidates = actions.forMunicipality(m.slug()).stream()
                .filter(a -> a.status() != ActionStatus.DROPPED)
                .filter(a ->
                        report.id().equals(a.assessmentId()) || !a.createdAt().isBefore(approvedAt))
                .toList();
        List<SupervisionViews.Requirement> requirements = new ArrayList<>();
        for (ActionPlanRequirement r :
                AssessmentScoring.score(instrument, report).actionPlan()) {
            boolean met = candidates.stream().anyMatch(a -> a.items().stream().anyMatch(r.lowestItems()::contains));
            requirements.add(
                    new SupervisionViews.Requirement(r.sectionCode(), r.score().toString(), r.lowestItems(), met));
        }
        return new SupervisionViews.ActionPlan(
                m.slug(),
                report.id(),
                report.period().code(),
                approvalDay(report).plusWeeks(ACTION_PLAN_WEEKS),
                requirements);
    }

    @Override
    public List<SupervisionViews.LoopRow> closedLoop(long assessmentId, Caller caller) {
        AssessmentView report = assessmentService.get(assessmentId, caller);
        Optional<AssessmentView> previous = assessmentService.previousApproved(assessmentId, caller);
        if (previous.isEmpty() || !canSee(report.municipality(), caller)) {
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
                .filter(m -> canSee(m.slug(), caller))
                .orElseThrow(() -> new NotFoundException("no municipality " + slug));
    }

    private AgreedAction visibleAction(long id, Caller caller) {
        return actions.find(id)
                .filter(a -> canSee(a.municipality().slug(), caller))
                .orElseThrow(() -> new NotFoundException("no action " + id));
    }

    private static boolean canSee(String municipality, Caller caller) {
        return caller.isNetworkWide() || caller.belongsTo(municipality);
    }

    private static void requireMayAct(Municipality m, Caller caller) {
        if (!caller.is("supervisor") && !(caller.is("municipal-lead") && caller.belongsTo(m.slug()))) {
            throw new AccessDeniedException("only " + m.name() + "'s lead and supervisors change its actions");
        }
    }

    private void checkAction(String prefix, NewAction a, List<FieldProblem> problems) {
        if (a.title() == null || a.title().isBlank()) {
            problems.add(new FieldProblem(prefix + "title", "a title is required"));
        } else {
            checkText(prefix + "title", a.title(), MAX_TITLE, problems);
        }
        if (a.owner() == null || a.owner().isBlank()) {
            problems.add(new FieldProblem(prefix + "owner", "an owner (a role or a staff member) is required"));
        } else {
            checkText(prefix + "owner", a.owner(), MAX_OWNER, problems);
        }
        checkItems(prefix + "items", a.items(), problems);
    }

    private void checkItems(String field, List<String> items, List<FieldProblem> problems) {
        Set<String> known = new LinkedHashSet<>();
        catalog.all().forEach(instrument -> instrument.items().forEach(i -> known.add(i.code())));
        for (int i = 0; i < items.size(); i++) {
            if (!known.contains(items.get(i))) {
                problems.add(new FieldProblem(field + "[" + i + "]", "unknown item code " + items.get(i)));
            }
        }
    }

    private static void checkCount(String field, int count, List<FieldProblem> problems) {
        if (count < 0) {
            problems.add(new FieldProblem(field, "a whole number ≥ 0; was " + count));
        }
    }

    private static void checkText(String field, String text, int max, List<FieldProblem> problems) {
        if (text != null && text.length() > max) {
            problems.add(new FieldProblem(field, "at most " + max + " characters; was " + text.length()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return DanishTime.today(clock);
    }

    private static LocalDate approvalDay(Assessment report) {
        return LocalDate.ofInstant(report.approvedAt().orElseThrow(), DanishTime.ZONE);
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
