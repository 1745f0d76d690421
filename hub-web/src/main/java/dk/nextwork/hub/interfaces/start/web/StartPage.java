package dk.nextwork.hub.interfaces.start.web;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.network.NetworkView;
import dk.nextwork.hub.application.onboarding.OnboardingView;
import dk.nextwork.hub.application.period.PeriodView;
import dk.nextwork.hub.application.randomisation.RandomisationViews;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.interfaces.http.Route;
import dk.nextwork.hub.interfaces.instrument.web.InstrumentTexts;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The start page: a task list of what waits for the signed-in user now, each one link away, then who they are. A lead
 * sees the draft and how much is missing, a returned report and why, a required action plan and overdue actions; a
 * supervisor the reports waiting for review and overdue actions; the network admin the period to open or close.
 */
@Named("startPage")
@RequestScoped
public class StartPage {

    /** The longest-waiting reports listed one by one; the rest are one link to the queue. */
    static final int REVIEWS_LISTED = 5;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    InstrumentTexts texts;

    /** The services, one reference each for the application ({@link StartServices}). */
    @Inject
    StartServices services;

    private Optional<MunicipalityView> municipality;
    private List<Task> tasks;

    /** The user's municipality, from the token's claim; empty for network-wide roles. */
    public MunicipalityView getMunicipality() {
        if (municipality == null) {
            String slug = user.getMunicipality();
            municipality =
                    slug == null ? Optional.empty() : services.municipalities().bySlug(slug);
        }
        return municipality.orElse(null);
    }

    /** The open period today lies in; if none, the newest open one; null if no period is open. */
    public PeriodView getOpenPeriod() {
        LocalDate today = DanishTime.today(clock);
        List<PeriodView> open = allPeriods().stream()
                .filter(p -> p.hasStatus(PeriodStatus.OPEN))
                .toList();
        return open.stream()
                .filter(p -> p.isCurrentOn(today))
                .findFirst()
                .or(() -> open.stream().max(Comparator.comparing(PeriodView::firstDay)))
                .orElse(null);
    }

    private List<PeriodView> periodList;

    /** The periods, read once per request (the task list and the facts both need them). */
    private List<PeriodView> allPeriods() {
        if (periodList == null) {
            periodList = services.periods().periods();
        }
        return periodList;
    }

    /** One link of "Also here": its element id, the page it opens and the message key of its text. */
    public record Shortcut(String id, Route page, String labelKey) {
        /** The page's address below the context root. */
        public String path() {
            return page.path();
        }
    }

    private List<Shortcut> shortcuts;

    /**
     * The user's shortcuts, decided once per request here rather than by a rendered condition per link in the page
     * (each of which Faces evaluates again in every phase).
     */
    public List<Shortcut> getShortcuts() {
        if (shortcuts == null) {
            List<Shortcut> found = new ArrayList<>();
            shortcut(found, "LOG_SESSIONS", "do-log-session", Route.SESSION_FORM, "start.do.logSession");
            shortcut(found, "SEE_REVIEW_QUEUE", "do-review", Route.REVIEW_QUEUE, "start.do.review");
            shortcut(found, "SEE_ALL_SUPERVISION", "do-actions", Route.ACTIONS, "start.do.actions");
            shortcut(found, "START_ASSESSMENT", "do-assessment", Route.ASSESSMENTS, "start.do.assessment");
            shortcut(found, "SEE_OWN_SUPERVISION", "do-supervision", Route.SUPERVISION, "start.do.supervision");
            shortcut(found, "SHARE_PRACTICE", "do-share", Route.PRACTICE_EDITOR, "start.do.share");
            shortcut(found, "ALLOCATE", "do-randomise", Route.RANDOMISATION, "task.randomisation.link");
            shortcut(found, "OVERSEE_TRIAL", "do-trial", Route.TRIAL, "task.trial.link");
            shortcut(found, "READ_PRACTICE", "do-practice", Route.PRACTICE, "start.do.practice");
            if (!user.may("START_ASSESSMENT")) {
                shortcut(found, "SEE_ASSESSMENTS", "do-reports", Route.ASSESSMENTS, "start.do.reports");
            }
            shortcut(
                    found,
                    "MANAGE_MUNICIPALITIES",
                    "do-add-municipality",
                    Route.NEW_MUNICIPALITY,
                    "start.do.addMunicipality");
            shortcut(found, "SEE_ONBOARDING_COHORT", "do-cohort", Route.ONBOARDING_COHORT, "start.do.cohort");
            if (getMunicipality() != null
                    && "ONBOARDING".equals(getMunicipality().status())) {
                shortcut(found, "SEE_ONBOARDING", "do-onboarding", Route.ONBOARDING, "start.do.onboarding");
            }
            shortcut(found, "SEE_ONBOARDING", "do-planner", Route.PLANNER, "start.do.planner");
            shortcut(found, "MANAGE_PERIODS", "do-periods", Route.PERIODS, "start.do.periods");
            shortcut(found, "CHOOSE_INSTRUMENT", "do-instruments", Route.INSTRUMENTS, "start.do.instruments");
            shortcut(
                    found, "SEE_PERSONAL_DATA_FINDINGS", "do-personal-data", Route.PERSONAL_DATA, "start.personalData");
            shortcut(found, "READ_AUDIT_LOG", "do-audit", Route.AUDIT_LOG, "start.do.audit");
            shortcuts = List.copyOf(found);
        }
        return shortcuts;
    }

    private void shortcut(List<Shortcut> found, String capability, String id, Route page, String labelKey) {
        if (user.may(capability)) {
            found.add(new Shortcut(id, page, labelKey));
        }
    }

    /** What waits for the user now, the most pressing first. */
    public List<Task> getTasks() {
        if (tasks == null) {
            List<Task> found = new ArrayList<>();
            // A municipality joining the network: its onboarding first, the journey it is on.
            if (user.may("SEE_ONBOARDING")
                    && getMunicipality() != null
                    && "ONBOARDING".equals(getMunicipality().status())) {
                ownOnboardingTasks(found);
            }
            if (user.may("START_ASSESSMENT")) {
                ownAssessmentTasks(found);
            }
            if (user.may("SEE_OWN_SUPERVISION")) {
                ownSupervisionTasks(found);
            }
            if (user.may("SEE_REVIEW_QUEUE")) {
                reviewTasks(found);
            }
            if (user.may("SEE_ALL_SUPERVISION")) {
                overdueEverywhere(found);
            }
            if (user.may("SEE_NETWORK")) {
                driftTasks(found);
            }
            if (user.may("ALLOCATE")) {
                found.add(new Task(
                        "randomisation",
                        Message.of("task.randomisation"),
                        "lodtraekning.xhtml",
                        Message.of("task.randomisation.link"),
                        false));
            }
            if (user.may("OVERSEE_TRIAL")) {
                trialTasks(found);
            }
            if (user.may("SEE_ONBOARDING_COHORT")) {
                cohortTasks(found);
            }
            if (user.may("MANAGE_PERIODS")) {
                periodTasks(found);
            }
            found.sort(Comparator.comparing(t -> !t.urgent()));
            tasks = List.copyOf(found);
        }
        return tasks;
    }

    private void ownAssessmentTasks(List<Task> found) {
        Caller caller = user.caller();
        // The own municipality's drafts and returned reports with what each lacks: one query, not a report per row.
        for (AssessmentView.Unfinished a : services.assessments().unfinished(caller)) {
            if (a.state().equals("RETURNED")) {
                found.add(new Task(
                        "returned",
                        Message.of("task.returned", a.period(), a.returnReason()),
                        "selvevaluering.xhtml?id=" + a.id(),
                        Message.of("task.returned.link", a.period()),
                        true));
            } else {
                found.add(new Task(
                        "draft",
                        a.missing() == 0
                                ? Message.of("task.draft.ready", a.period())
                                : Message.of("task.draft", a.period(), a.missing(), a.items()),
                        "selvevaluering.xhtml?id=" + a.id(),
                        Message.of(a.missing() == 0 ? "task.draft.ready.link" : "task.draft.link", a.period()),
                        false));
            }
        }
        // Every open period without the municipality's report, the oldest first: a period left open is still due.
        Set<String> reported = services.assessments().periodsReported(caller);
        allPeriods().stream()
                .filter(p -> p.hasStatus(PeriodStatus.OPEN))
                .filter(p -> !reported.contains(p.code()))
                .sorted(Comparator.comparing(PeriodView::firstDay))
                .forEach(p -> found.add(new Task(
                        "start",
                        Message.of("task.start", p.code(), p.lastDay()),
                        "selvevalueringer.xhtml",
                        Message.of("task.start.link", p.code()),
                        false)));
    }

    private void ownSupervisionTasks(List<Task> found) {
        // The plan and the actions with one read of the actions.
        SupervisionViews.ActionsWithPlan own =
                services.supervision().actionsWithPlan(user.getMunicipality(), user.caller());
        SupervisionViews.ActionPlan plan = own.plan();
        if (plan != null && plan.required()) {
            found.add(new Task(
                    "action-plan",
                    Message.of(
                            "task.plan",
                            plan.requirements().stream()
                                    .filter(r -> !r.met())
                                    .map(r -> texts.section(r.principle()))
                                    .toList(),
                            plan.period(),
                            plan.dueOn()),
                    "supervision.xhtml",
                    Message.of("task.plan.link"),
                    true));
        }
        long overdue =
                own.actions().stream().filter(SupervisionViews.Action::overdue).count();
        if (overdue > 0) {
            found.add(new Task(
                    "overdue",
                    Message.of(overdue == 1 ? "task.overdue.own.one" : "task.overdue.own", overdue),
                    "supervision.xhtml",
                    Message.of("task.overdue.own.link"),
                    true));
        }
    }

    private void reviewTasks(List<Task> found) {
        List<AssessmentView.Summary> queue = services.assessments().reviewQueue(user.caller());
        for (AssessmentView.Summary a : queue.subList(0, Math.min(REVIEWS_LISTED, queue.size()))) {
            LocalDate submitted = a.submittedAt() == null
                    ? null
                    : a.submittedAt().atZone(DanishTime.ZONE).toLocalDate();
            found.add(new Task(
                    "review",
                    Message.of("task.review", a.municipalityName(), a.period(), submitted),
                    "gennemgaa.xhtml?id=" + a.id(),
                    Message.of("task.review.link", a.municipalityName(), a.period()),
                    false));
        }
        if (queue.size() > REVIEWS_LISTED) {
            found.add(new Task(
                    "review-all",
                    Message.of("task.review.all", queue.size()),
                    "gennemgang.xhtml",
                    Message.of("task.review.all.link"),
                    false));
        }
    }

    private void overdueEverywhere(List<Task> found) {
        long overdue = services.supervision().outstanding(user.caller()).stream()
                .filter(SupervisionViews.Action::overdue)
                .count();
        if (overdue > 0) {
            found.add(new Task(
                    "overdue",
                    Message.of(overdue == 1 ? "task.overdue.all.one" : "task.overdue.all", overdue),
                    "handlinger.xhtml",
                    Message.of("task.overdue.all.link"),
                    true));
        }
    }

    /** Principles that dropped or lie below 3.0: the supervisors' to follow up, the own for a municipality's staff. */
    /**
     * The trials' course: a proposal awaiting a second researcher and a stratum whose list runs low first, as
     * researchers decide on them; then the first trial's course.
     */
    private void trialTasks(List<Task> found) {
        List<RandomisationViews.TrialSummary> trials = services.randomisation().trials(user.caller());
        long awaiting = trials.stream()
                .filter(t -> t.status().equals("PROPOSED")
                        && !t.proposedBy().equals(user.caller().username()))
                .count();
        if (awaiting > 0) {
            found.add(new Task(
                    "trial-proposed",
                    Message.of("task.trial.proposed", awaiting),
                    "forsoeg.xhtml",
                    Message.of("task.trial.proposed.link"),
                    true));
        }
        int low = services.randomisation().lowLists(user.caller());
        if (low > 0) {
            found.add(new Task(
                    "trial-low",
                    low == 1 ? Message.of("task.trial.low.one") : Message.of("task.trial.low", low),
                    "forsoeg.xhtml",
                    Message.of("task.trial.low.link"),
                    true));
        }
        RandomisationViews.Overview trial = services.randomisation().overview(null, user.caller());
        found.add(new Task(
                "trial",
                Message.of(trial.open() ? "task.trial" : "task.trial.closed", trial.allocated(), trial.target()),
                "forsoeg.xhtml",
                Message.of("task.trial.link"),
                false));
    }

    private void driftTasks(List<Task> found) {
        List<NetworkView.DriftAlert> alerts = services.network().alerts(user.caller());
        if (alerts.isEmpty()) {
            return;
        }
        if (user.getMunicipality() == null) {
            found.add(new Task(
                    "drift",
                    Message.of(alerts.size() == 1 ? "task.drift.all.one" : "task.drift.all", alerts.size()),
                    "netvaerk.xhtml",
                    Message.of("task.drift.all.link"),
                    true));
        } else {
            for (NetworkView.DriftAlert a : alerts) {
                found.add(new Task(
                        "drift",
                        Message.of(
                                a.dropped() ? "task.drift.own.dropped" : "task.drift.own.below",
                                texts.section(a.section()),
                                a.previousPeriod(),
                                a.period()),
                        "netvaerk.xhtml",
                        Message.of("task.drift.own.link"),
                        true));
            }
        }
    }

    /**
     * A municipality onboarding: its lead is asked to accept the co-ownership commitment, and its people are led to
     * the plan's next activity (urgent when the stage has run past its expected days).
     */
    private void ownOnboardingTasks(List<Task> found) {
        OnboardingView o;
        try {
            o = services.onboarding().progress(user.getMunicipality(), user.caller());
        } catch (NotFoundException e) {
            return;
        }
        if (o.may().acceptCommitment()) {
            found.add(new Task(
                    "onboarding-commitment",
                    Message.of("task.onboarding.commitment"),
                    "opstart.xhtml#commitment",
                    Message.of("task.onboarding.commitment.link"),
                    false));
        }
        OnboardingView.Stage stage = o.current();
        if (stage == null) {
            found.add(new Task(
                    "onboarding",
                    Message.of("task.onboarding.complete", o.name()),
                    "opstart.xhtml",
                    Message.of("task.onboarding.link"),
                    false));
            return;
        }
        OnboardingView.Activity next = o.nextActivity();
        found.add(new Task(
                "onboarding",
                Message.of(
                        stage.overdue() ? "task.onboarding.stage.overdue" : "task.onboarding.stage",
                        stage.name(),
                        o.daysInCurrentStage(),
                        stage.expectedDays(),
                        next == null ? "" : next.name(),
                        o.activitiesDone(),
                        o.activitiesTotal()),
                "opstart.xhtml#stage-" + stage.code(),
                Message.of("task.onboarding.link"),
                stage.overdue()));
    }

    /**
     * Supervisors and the admin: the municipalities onboarding, one line for the cohort and one for each stalled
     * stage; the admin also each municipality whose plan is complete and waits for the confirmation as active.
     */
    private void cohortTasks(List<Task> found) {
        List<OnboardingView> cohort = services.onboarding().cohort(user.caller());
        if (cohort.isEmpty()) {
            return;
        }
        found.add(new Task(
                "onboarding-cohort",
                Message.of(cohort.size() == 1 ? "task.cohort.one" : "task.cohort", cohort.size()),
                "opstarter.xhtml",
                Message.of("task.cohort.link"),
                false));
        for (OnboardingView o : cohort) {
            OnboardingView.Stage stage = o.current();
            if (stage != null && stage.overdue()) {
                found.add(new Task(
                        "onboarding-overdue",
                        Message.of(
                                "task.cohort.overdue",
                                o.name(),
                                stage.name(),
                                o.daysInCurrentStage(),
                                stage.expectedDays()),
                        "opstart.xhtml?kommune=" + o.municipality(),
                        Message.of("task.cohort.overdue.link", o.name()),
                        true));
            }
            if (o.may().activate()) {
                found.add(new Task(
                        "onboarding-activate",
                        Message.of("task.cohort.activate", o.name()),
                        "opstart.xhtml?kommune=" + o.municipality(),
                        Message.of("task.cohort.activate.link", o.name()),
                        false));
            }
        }
    }

    private void periodTasks(List<Task> found) {
        List<PeriodView> all = allPeriods();
        LocalDate today = DanishTime.today(clock);
        for (PeriodView p : all) {
            if (p.hasStatus(PeriodStatus.OPEN) && p.isPastEndOn(today)) {
                found.add(new Task(
                        "close-period",
                        Message.of("task.period.close", p.code(), p.lastDay()),
                        "perioder.xhtml",
                        Message.of("task.period.close.link", p.code()),
                        false));
            }
        }
        boolean current = all.stream().anyMatch(p -> !p.hasStatus(PeriodStatus.CLOSED) && !p.isPastEndOn(today));
        if (!current) {
            found.add(new Task(
                    "open-period",
                    Message.of("task.period.open"),
                    "perioder.xhtml",
                    Message.of("task.period.open.link"),
                    true));
        }
    }
}
