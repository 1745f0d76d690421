package dk.nextwork.hub.application.onboarding;

import dk.nextwork.fidelity.onboarding.OnboardingPlan;
import dk.nextwork.fidelity.onboarding.OnboardingProgress;
import dk.nextwork.fidelity.onboarding.TeamPlanner;
import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.access.OnboardingPolicy;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.onboarding.Commitment;
import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import dk.nextwork.hub.domain.model.onboarding.OnboardingRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Stateless
public class DefaultOnboardingService implements OnboardingService {

    private static final OnboardingPlan PLAN = OnboardingRecords.PLAN;

    @Inject
    OnboardingRepository onboardings;

    @Inject
    OnboardingRecords records;

    @Inject
    KeptCohort cohort;

    @Inject
    AssessmentRepository assessments;

    @Inject
    Instruments instruments;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Override
    public OnboardingView progress(String municipality, Caller caller) {
        return view(visible(municipality, caller), caller);
    }

    @Override
    public OnboardingView markDone(String municipality, String activity, String doneOn, Caller caller) {
        Onboarding onboarding = visible(municipality, caller);
        if (!OnboardingPolicy.mayMarkActivities(caller, municipality)) {
            throw new AccessDeniedException("access.denied.onboarding.mark");
        }
        requireUnderway(onboarding);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate date = DanishTime.parse("doneOn", doneOn, problems);
        if (date == null && problems.isEmpty()) {
            problems.add(FieldProblem.of("doneOn", "problem.onboarding.date.required"));
        }
        InvalidInputException.throwIfAny(problems);
        LocalDate today = DanishTime.today(clock);
        Optional<OnboardingProgress.Refusal> refusal =
                OnboardingProgress.check(PLAN, onboarding.startedOn(), onboarding.activities(), activity, date, today);
        if (refusal.isPresent()) {
            String field = refusal.get() == OnboardingProgress.Refusal.UNKNOWN_ACTIVITY
                            || refusal.get() == OnboardingProgress.Refusal.RECORDED_BY_HUB
                    ? "activity"
                    : "doneOn";
            throw new InvalidInputException(
                    field, "problem.onboarding." + refusal.get().name(), activity, date, onboarding.startedOn(), today);
        }
        return records.record(onboarding, activity, date, caller);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OnboardingView> cohort(Caller caller) {
        Access.require(caller, Capability.SEE_ONBOARDING_COHORT);
        return cohort.as(caller);
    }

    @Override
    public TeamPlanner.Plan plan(
            String consultants, String caseload, String psychologist, String referrals, Caller caller) {
        Access.require(caller, Capability.PLAN_TEAM);
        List<FieldProblem> problems = new ArrayList<>();
        BigDecimal team = decimal("consultants", consultants, "0.5", "20", problems);
        BigDecimal perConsultant = decimal("caseload", caseload, "1", "60", problems);
        BigDecimal psychologistFte = decimal("psychologist", psychologist, "0", "5", problems);
        BigDecimal referred = referrals == null || referrals.isBlank()
                ? null
                : decimal("referrals", referrals, "0", "1000", problems);
        // The numbers as numbers, so a message writes them the reader's way ("25,5" in Danish).
        if (perConsultant != null && perConsultant.stripTrailingZeros().scale() > 0) {
            problems.add(FieldProblem.of("caseload", "problem.planner.whole", perConsultant));
        }
        if (referred != null && referred.stripTrailingZeros().scale() > 0) {
            problems.add(FieldProblem.of("referrals", "problem.planner.whole", referred));
        }
        InvalidInputException.throwIfAny(problems);
        return TeamPlanner.plan(
                instruments.active(),
                team,
                perConsultant.intValueExact(),
                psychologistFte,
                referred == null ? null : referred.intValueExact());
    }

    /** A decimal in range with at most two decimals, or a problem naming the field. */
    private static BigDecimal decimal(String field, String text, String min, String max, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(FieldProblem.of(field, "problem.planner.required"));
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            BigDecimal from = new BigDecimal(min);
            BigDecimal to = new BigDecimal(max);
            if (value.compareTo(from) < 0
                    || value.compareTo(to) > 0
                    || value.stripTrailingZeros().scale() > 2) {
                // A number written out in the reader's way, unless it is absurdly long (1e999999): then as typed.
                Object shown = value.abs().compareTo(BigDecimal.TEN.pow(12)) > 0 || value.scale() > 12 ? text : value;
                problems.add(FieldProblem.of(field, "problem.planner.range", shown, from, to));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "problem.planner.number", text));
            return null;
        }
    }

    @Override
    public List<OnboardingView.NetworkCommitment> commitments(Caller caller) {
        Access.require(caller, Capability.SEE_MUNICIPALITIES);
        return onboardings.withAcceptedCommitment().stream()
                .map(o -> new OnboardingView.NetworkCommitment(
                        o.municipality().slug(),
                        o.municipality().name(),
                        o.commitmentVersion(),
                        o.commitmentAcceptedBy(),
                        o.commitmentAcceptedAt()))
                .toList();
    }

    @Override
    public OnboardingView.CommitmentText commitment() {
        Commitment c = Commitment.CURRENT;
        return new OnboardingView.CommitmentText(
                c.version(),
                c.title().da(),
                c.title().en(),
                c.text().da(),
                c.text().en());
    }

    @Override
    public OnboardingView acceptCommitment(String municipality, String version, Caller caller) {
        Onboarding onboarding = visible(municipality, caller);
        if (!OnboardingPolicy.mayAcceptCommitment(caller, municipality)) {
            throw new AccessDeniedException("access.denied.onboarding.commitment");
        }
        requireUnderway(onboarding);
        Commitment current = Commitment.CURRENT;
        if (!current.version().equals(version)) {
            throw new ConflictException("conflict.commitment.version", String.valueOf(version), current.version());
        }
        if (current.version().equals(onboarding.commitmentVersion())) {
            return view(onboarding, caller);
        }
        OnboardingSnapshot before = OnboardingSnapshot.of(onboarding);
        onboarding.acceptCommitment(current.version(), caller.username(), clock.instant());
        audit.record(
                caller,
                "onboarding.commitment-accepted",
                "municipality",
                municipality,
                before,
                OnboardingSnapshot.of(onboarding));
        return view(onboarding, caller);
    }

    @Override
    public OnboardingView activate(String municipality, Caller caller) {
        Onboarding onboarding = visible(municipality, caller);
        Access.require(caller, Capability.MANAGE_MUNICIPALITIES);
        requireUnderway(onboarding);
        OnboardingView before = view(onboarding, caller);
        if (!before.complete()) {
            throw new ConflictException(
                    "conflict.onboarding.incomplete",
                    before.name(),
                    before.current().name(),
                    before.activitiesTotal() - before.activitiesDone());
        }
        if (assessments.latestApproved(municipality, null).isEmpty()) {
            throw new ConflictException("conflict.onboarding.noAssessment", before.name());
        }
        OnboardingSnapshot was = OnboardingSnapshot.of(onboarding);
        onboarding.municipality().activate();
        records.finished(municipality);
        audit.record(
                caller, "onboarding.activated", "municipality", municipality, was, OnboardingSnapshot.of(onboarding));
        return view(onboarding, caller);
    }

    private Onboarding visible(String municipality, Caller caller) {
        Access.require(caller, Capability.SEE_ONBOARDING);
        if (!OnboardingPolicy.maySee(caller, municipality)) {
            throw new NotFoundException("notFound.onboarding", municipality);
        }
        return onboardings
                .find(municipality)
                .orElseThrow(() -> new NotFoundException("notFound.onboarding", municipality));
    }

    private OnboardingView view(Onboarding o, Caller caller) {
        return records.view(o, caller);
    }

    /** Refuses a change to an onboarding that is over: the municipality is an active member (or no longer one). */
    private static void requireUnderway(Onboarding onboarding) {
        if (!onboarding.municipality().isOnboarding()) {
            throw new ConflictException(
                    "conflict.onboarding.notOnboarding",
                    onboarding.municipality().name(),
                    Message.of("status." + onboarding.municipality().status()));
        }
    }
}
