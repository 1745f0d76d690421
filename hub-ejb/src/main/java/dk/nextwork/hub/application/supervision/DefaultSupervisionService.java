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
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.common.ConcurrentSaves;
import dk.nextwork.hub.application.common.Versions;
import dk.nextwork.hub.application.municipality.MunicipalityList;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import dk.nextwork.hub.domain.model.supervision.AgreedAction;
import dk.nextwork.hub.domain.model.supervision.AgreedActionRepository;
import dk.nextwork.hub.domain.model.supervision.SupervisionSession;
import dk.nextwork.hub.domain.model.supervision.SupervisionSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The supervision log and agreed actions: checks who may do what, starts the transaction and records the audit event;
 * {@link SupervisionChecks} reads what was typed, {@link ActionPlans} works out the action plans, {@link
 * SupervisionViews} makes the views.
 */
@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultSupervisionService implements SupervisionService {

    @Inject
    SupervisionSessionRepository sessions;

    @Inject
    AgreedActionRepository actions;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    SupervisionChecks checks;

    @Inject
    ActionPlans plans;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    MunicipalityList known;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SupervisionViews.Session> sessions(String municipality, Caller caller) {
        visibleId(municipality, caller);
        List<AgreedAction> all = actions.forMunicipality(municipality);
        LocalDate today = today();
        return sessions.forMunicipality(municipality).stream()
                .map(s -> SupervisionViews.session(s, all, today))
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SupervisionViews.Session session(long id, Caller caller) {
        SupervisionSession s = sessions.find(id)
                .filter(found ->
                        SupervisionPolicy.maySee(caller, found.municipality().slug()))
                .orElseThrow(() -> new NotFoundException("notFound.session", id));
        return SupervisionViews.session(
                s, actions.forMunicipality(s.municipality().slug()), today());
    }

    @Override
    public SupervisionViews.Session logSession(NewSession input, Caller caller) {
        Access.require(caller, Capability.LOG_SESSIONS);
        SupervisionChecks.CheckedSession checked = checks.session(input);
        Instant now = Instant.now(clock);
        SupervisionSession session = new SupervisionSession(
                checked.municipality(),
                checked.heldOn(),
                caller.username(),
                checked.format(),
                checked.participants(),
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
                    checked.dues().get(i),
                    Set.copyOf(a.items()),
                    session.id(),
                    null,
                    caller.username(),
                    now));
        }
        SupervisionViews.Session view = SupervisionViews.session(
                session, actions.forMunicipality(session.municipality().slug()), today());
        audit.record(caller, "supervision.session-logged", "supervision-session", session.id(), null, view);
        if (!input.actions().isEmpty()) {
            plans.closeIfAgreed(session.municipality());
        }
        return view;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SupervisionViews.Action> actions(String municipality, Caller caller) {
        visibleId(municipality, caller);
        LocalDate today = today();
        return actions.forMunicipality(municipality).stream()
                .map(a -> SupervisionViews.action(a, today))
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SupervisionViews.Action action(long id, Caller caller) {
        return SupervisionViews.action(visibleAction(id, caller), today());
    }

    @Override
    public SupervisionViews.Action addAction(String municipality, NewAction input, Caller caller) {
        List<FieldProblem> problems = new ArrayList<>();
        if (municipality == null || municipality.isBlank()) {
            problems.add(FieldProblem.of("municipality", "problem.municipality.required"));
        }
        checks.action("", input, problems);
        LocalDate due = DanishTime.parse("dueOn", input.dueOn(), problems);
        boolean dueGiven = input.dueOn() != null && !input.dueOn().isBlank();
        if (municipality == null || municipality.isBlank()) {
            InvalidInputException.throwIfAny(problems);
        }
        Municipality m = visible(municipality, caller);
        requireMayAct(m, caller);
        if (input.assessmentId() != null) {
            LocalDate planDue = checks.planDue(m, input.assessmentId(), problems);
            if (!dueGiven && planDue != null) {
                due = planDue;
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
        SupervisionViews.Action view = SupervisionViews.action(action, today());
        audit.record(caller, "action.added", "action", action.id(), null, view);
        plans.closeIfAgreed(m);
        return view;
    }

    @Override
    public SupervisionViews.Action changeStatus(long id, long version, String status, String reason, Caller caller) {
        AgreedAction action = visibleAction(id, caller);
        requireMayAct(action.municipality(), caller);
        ActionStatus newStatus = SupervisionChecks.status(status, reason);
        Versions.require(
                action.version(),
                version,
                () -> Message.of(
                        "conflict.action.changed",
                        action.updatedBy(),
                        action.updatedAt(),
                        Message.of("actionStatus." + action.status())));
        LocalDate today = today();
        SupervisionViews.Action before = SupervisionViews.action(action, today);
        Instant now = Instant.now(clock);
        action.changeStatus(newStatus, reason == null ? null : reason.strip(), caller.username(), now);
        if (!newStatus.isOutstanding()) {
            // Done or dropped: its reminders (due soon, overdue) are done too.
            notifications.done(Notifications.action(action.id()));
        }
        actions.flush();
        SupervisionViews.Action after = SupervisionViews.action(action, today);
        audit.record(caller, "action.status-changed", "action", id, before, after);
        return after;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SupervisionViews.Action> outstanding(Caller caller) {
        Access.require(caller, Capability.SEE_ALL_SUPERVISION);
        LocalDate today = today();
        return actions.outstanding().stream()
                .map(a -> SupervisionViews.action(a, today))
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SupervisionViews.ActionPlan actionPlan(String municipality, Caller caller) {
        return plans.plan(visibleId(municipality, caller), municipality);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SupervisionViews.ActionsWithPlan actionsWithPlan(String municipality, Caller caller) {
        long id = visibleId(municipality, caller);
        List<AgreedAction> all = actions.forMunicipality(municipality);
        LocalDate today = today();
        return new SupervisionViews.ActionsWithPlan(
                all.stream().map(a -> SupervisionViews.action(a, today)).toList(),
                plans.plan(id, municipality, () -> all));
    }

    @Override
    public List<SupervisionViews.LoopRow> closedLoop(long assessmentId, Caller caller) {
        return plans.closedLoop(assessmentId, caller);
    }

    /**
     * The id of a municipality the caller may see, by its slug, for the reads: found in the kept list of
     * municipalities, not read again (every page of a municipality's staff asks).
     */
    private long visibleId(String slug, Caller caller) {
        return known.idOf(slug)
                .filter(id -> SupervisionPolicy.maySee(caller, slug))
                .orElseThrow(() -> new NotFoundException("notFound.municipality", slug));
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
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SupervisionViews.Permissions permissions(String municipality, Caller caller) {
        visibleId(municipality, caller);
        return new SupervisionViews.Permissions(
                Access.allows(caller, Capability.LOG_SESSIONS),
                SupervisionPolicy.mayChangeActions(caller, municipality));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private LocalDate today() {
        return DanishTime.today(clock);
    }
}
