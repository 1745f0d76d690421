package dk.nextwork.hub.application.internal;

import dk.nextwork.fidelity.onboarding.OnboardingPlan;
import dk.nextwork.fidelity.onboarding.OnboardingProgress;
import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.OnboardingService;
import dk.nextwork.hub.application.OnboardingView;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import dk.nextwork.hub.domain.model.onboarding.OnboardingRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultOnboardingService implements OnboardingService {

    /** The plan the Hub ships, read once. */
    static final OnboardingPlan PLAN = OnboardingPlan.load(OnboardingPlan.CURRENT);

    @Inject
    OnboardingRepository onboardings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public OnboardingView progress(String municipality, Caller caller) {
        return view(visible(municipality, caller));
    }

    @Override
    public OnboardingView markDone(String municipality, String activity, String doneOn, Caller caller) {
        Onboarding onboarding = visible(municipality, caller);
        boolean lead = caller.has(Role.MUNICIPAL_LEAD) && municipality.equals(caller.municipality());
        if (!lead && !caller.has(Role.SUPERVISOR)) {
            throw new AccessDeniedException("access.denied.onboarding.mark");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(doneOn == null ? "" : doneOn.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("doneOn", "problem.onboarding.date", doneOn);
        }
        LocalDate today = LocalDate.now(clock);
        Optional<OnboardingProgress.Refusal> refusal =
                OnboardingProgress.check(PLAN, onboarding.startedOn(), onboarding.activities(), activity, date, today);
        if (refusal.isPresent()) {
            String field = refusal.get() == OnboardingProgress.Refusal.UNKNOWN_ACTIVITY ? "activity" : "doneOn";
            throw new InvalidInputException(
                    field, "problem.onboarding." + refusal.get().name(), activity, date, onboarding.startedOn(), today);
        }
        OnboardingView before = view(onboarding);
        onboarding.done(activity, date);
        OnboardingView after = view(onboarding);
        audit.record(caller, "onboarding.activity-done", "municipality", municipality, before, after);
        return after;
    }

    @Override
    public List<OnboardingView> cohort(Caller caller) {
        if (!caller.isNetworkWide()) {
            throw new AccessDeniedException("access.denied.onboarding.cohort");
        }
        return onboardings.ofOnboardingMunicipalities().stream().map(this::view).toList();
    }

    @Inject
    Instruments instruments;

    @Override
    public dk.nextwork.fidelity.onboarding.TeamPlanner.Plan plan(
            String consultants, String caseload, String psychologist, String referrals, Caller caller) {
        java.util.List<dk.nextwork.hub.application.FieldProblem> problems = new java.util.ArrayList<>();
        java.math.BigDecimal team = decimal("consultants", consultants, "0.5", "20", problems);
        java.math.BigDecimal perConsultant = decimal("caseload", caseload, "1", "60", problems);
        java.math.BigDecimal psychologistFte = decimal("psychologist", psychologist, "0", "5", problems);
        java.math.BigDecimal referred = referrals == null || referrals.isBlank()
                ? null
                : decimal("referrals", referrals, "0", "1000", problems);
        if (perConsultant != null && perConsultant.stripTrailingZeros().scale() > 0) {
            problems.add(dk.nextwork.hub.application.FieldProblem.of("caseload", "problem.planner.whole", caseload));
        }
        if (referred != null && referred.stripTrailingZeros().scale() > 0) {
            problems.add(dk.nextwork.hub.application.FieldProblem.of("referrals", "problem.planner.whole", referrals));
        }
        InvalidInputException.throwIfAny(problems);
        return dk.nextwork.fidelity.onboarding.TeamPlanner.plan(
                instruments.active(),
                team,
                perConsultant.intValueExact(),
                psychologistFte,
                referred == null ? null : referred.intValueExact());
    }

    /** A decimal in range with at most two decimals, or a problem naming the field. */
    private static java.math.BigDecimal decimal(
            String field,
            String text,
            String min,
            String max,
            java.util.List<dk.nextwork.hub.application.FieldProblem> problems) {
        try {
            java.math.BigDecimal value = new java.math.BigDecimal(text == null ? "" : text.strip());
            if (value.compareTo(new java.math.BigDecimal(min)) < 0
                    || value.compareTo(new java.math.BigDecimal(max)) > 0
                    || value.stripTrailingZeros().scale() > 2) {
                problems.add(
                        dk.nextwork.hub.application.FieldProblem.of(field, "problem.planner.range", text, min, max));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(dk.nextwork.hub.application.FieldProblem.of(field, "problem.planner.number", text));
            return null;
        }
    }

    /** The co-ownership commitment the Hub ships, read once. */
    static final OnboardingView.CommitmentText COMMITMENT = readCommitment();

    private static OnboardingView.CommitmentText readCommitment() {
        try (var in = DefaultOnboardingService.class.getResourceAsStream(
                        "/dk/nextwork/hub/domain/model/onboarding/commitment-1.0.json");
                var reader = jakarta.json.Json.createReader(in)) {
            jakarta.json.JsonObject o = reader.readObject();
            return new OnboardingView.CommitmentText(
                    o.getString("version"),
                    o.getJsonObject("title").getString("da"),
                    o.getJsonObject("title").getString("en"),
                    o.getJsonObject("text").getString("da"),
                    o.getJsonObject("text").getString("en"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public OnboardingView.CommitmentText commitment() {
        return COMMITMENT;
    }

    @Override
    public OnboardingView acceptCommitment(String municipality, String version, Caller caller) {
        Onboarding onboarding = visible(municipality, caller);
        if (!(caller.has(Role.MUNICIPAL_LEAD) && municipality.equals(caller.municipality()))) {
            throw new AccessDeniedException("access.denied.onboarding.commitment");
        }
        if (!COMMITMENT.version().equals(version)) {
            throw new dk.nextwork.hub.application.ConflictException(
                    "conflict.commitment.version", String.valueOf(version), COMMITMENT.version());
        }
        if (COMMITMENT.version().equals(onboarding.commitmentVersion())) {
            return view(onboarding);
        }
        OnboardingView before = view(onboarding);
        onboarding.acceptCommitment(COMMITMENT.version(), caller.username(), clock.instant());
        OnboardingView after = view(onboarding);
        audit.record(caller, "onboarding.commitment-accepted", "municipality", municipality, before, after);
        return after;
    }

    @Inject
    dk.nextwork.hub.domain.model.assessment.AssessmentRepository assessments;

    @Override
    public OnboardingView activate(String municipality, Caller caller) {
        if (!caller.has(Role.NETWORK_ADMIN)) {
            visible(municipality, caller);
            throw new AccessDeniedException("access.denied.MANAGE_MUNICIPALITIES");
        }
        Onboarding onboarding = visible(municipality, caller);
        OnboardingView before = view(onboarding);
        if (!before.complete()) {
            throw new dk.nextwork.hub.application.ConflictException(
                    "conflict.onboarding.incomplete", before.name(), before.currentStage());
        }
        if (assessments.latestApproved(municipality, null).isEmpty()) {
            throw new dk.nextwork.hub.application.ConflictException("conflict.onboarding.noAssessment", before.name());
        }
        onboarding.municipality().changeStatus(dk.nextwork.hub.domain.model.municipality.MunicipalityStatus.ACTIVE);
        OnboardingView after = view(onboarding);
        audit.record(caller, "onboarding.activated", "municipality", municipality, before, after);
        return after;
    }

    private Onboarding visible(String municipality, Caller caller) {
        boolean own = caller.isMunicipalStaff() && municipality.equals(caller.municipality());
        if (!own && !caller.isNetworkWide()) {
            throw new NotFoundException("notFound.onboarding", municipality);
        }
        return onboardings
                .find(municipality)
                .orElseThrow(() -> new NotFoundException("notFound.onboarding", municipality));
    }

    private OnboardingView view(Onboarding o) {
        OnboardingProgress p = OnboardingProgress.of(PLAN, o.startedOn(), o.activities(), LocalDate.now(clock));
        List<OnboardingView.Stage> stages = new java.util.ArrayList<>();
        for (int i = 0; i < PLAN.stages().size(); i++) {
            OnboardingPlan.Stage stage = PLAN.stages().get(i);
            OnboardingProgress.StageProgress s = p.stages().get(i);
            stages.add(new OnboardingView.Stage(
                    s.stage(),
                    s.done(),
                    s.total(),
                    s.proportion(),
                    s.durationDays(),
                    s.expectedDays(),
                    s.overdue(),
                    stage.activities().stream()
                            .map(a -> new OnboardingView.Activity(
                                    a.code(), o.activities().get(a.code())))
                            .toList()));
        }
        Municipality m = o.municipality();
        return new OnboardingView(
                m.slug(),
                m.name(),
                m.status().name(),
                o.planVersion(),
                o.startedOn(),
                stages,
                p.current(),
                p.daysInCurrent(),
                p.proportion(),
                p.complete(),
                o.commitmentVersion() == null
                        ? null
                        : new OnboardingView.Commitment(
                                o.commitmentVersion(), o.commitmentAcceptedBy(), o.commitmentAcceptedAt()),
                o.version());
    }
}
