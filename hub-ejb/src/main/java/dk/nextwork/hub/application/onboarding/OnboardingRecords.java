package dk.nextwork.hub.application.onboarding;

import dk.nextwork.fidelity.onboarding.OnboardingPlan;
import dk.nextwork.fidelity.onboarding.OnboardingProgress;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.application.access.OnboardingPolicy;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.onboarding.Commitment;
import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import dk.nextwork.hub.domain.model.onboarding.OnboardingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place an onboarding's activity is recorded (audited) and its view worked out against the plan, for the
 * onboarding service and for the Hub's own records: a municipality's first approved self-assessment is the plan's
 * last activity. Runs in the calling service's transaction.
 */
@ApplicationScoped
public class OnboardingRecords {

    /** The plan the Hub ships, read once. */
    public static final OnboardingPlan PLAN = OnboardingPlan.load(OnboardingPlan.CURRENT);

    @Inject
    OnboardingRepository onboardings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    /** Records an activity a person marked done on a date (checked against the plan's rules), with an audit event. */
    OnboardingView record(Onboarding onboarding, String activity, LocalDate date, Caller caller) {
        change(onboarding, activity, date, caller, "onboarding.activity-done");
        return view(onboarding, caller);
    }

    private void change(Onboarding onboarding, String activity, LocalDate date, Caller caller, String action) {
        OnboardingSnapshot before = OnboardingSnapshot.of(onboarding);
        onboarding.done(activity, date);
        audit.record(caller, action, "municipality", before.municipality(), before, OnboardingSnapshot.of(onboarding));
        // A stage whose activities are all done is over: a notification that it took too long asks for nothing more.
        OnboardingProgress.of(PLAN, onboarding.startedOn(), onboarding.activities(), DanishTime.today(clock))
                .stages()
                .stream()
                .filter(s -> s.done() == s.total())
                .forEach(s -> notifications.done(Notifications.onboarding(before.municipality(), s.stage())));
    }

    /** The onboarding is over (the municipality is active): no stage of it asks for anything any more. */
    void finished(String municipality) {
        PLAN.stages().forEach(s -> notifications.done(Notifications.onboarding(municipality, s.code())));
    }

    /**
     * Records the activities the plan has the Hub record on a municipality's first approved self-assessment, on the
     * day of the approval. Nothing happens for a municipality that is not onboarding, or whose activity is recorded.
     */
    public void firstApproval(String municipality, Caller caller) {
        Optional<Onboarding> found = onboardings.find(municipality);
        if (found.isEmpty() || !found.get().municipality().isOnboarding()) {
            return;
        }
        Onboarding onboarding = found.get();
        LocalDate today = DanishTime.today(clock);
        for (OnboardingPlan.Activity activity : PLAN.recordedOn(OnboardingPlan.FIRST_APPROVAL)) {
            boolean recordable = !onboarding.activities().containsKey(activity.code())
                    && OnboardingProgress.checkDate(
                                    PLAN,
                                    onboarding.startedOn(),
                                    onboarding.activities(),
                                    activity.code(),
                                    today,
                                    today)
                            .isEmpty();
            if (recordable) {
                // The Hub records it; the event names the supervisor whose approval it follows.
                change(onboarding, activity.code(), today, caller, "onboarding.activity-recorded");
            }
        }
    }

    /** The onboarding as the caller sees it: progress by the plan today, and what the caller may do. */
    OnboardingView view(Onboarding o, Caller caller) {
        OnboardingProgress p = OnboardingProgress.of(PLAN, o.startedOn(), o.activities(), DanishTime.today(clock));
        List<OnboardingView.Stage> stages = new ArrayList<>();
        int done = 0;
        int total = 0;
        for (int i = 0; i < PLAN.stages().size(); i++) {
            OnboardingPlan.Stage stage = PLAN.stages().get(i);
            OnboardingProgress.StageProgress s = p.stages().get(i);
            stages.add(new OnboardingView.Stage(
                    s.stage(),
                    stage.name(),
                    s.done(),
                    s.total(),
                    s.proportion(),
                    s.durationDays(),
                    s.expectedDays(),
                    s.overdue(),
                    stage.activities().stream()
                            .map(a -> new OnboardingView.Activity(
                                    a.code(), a.name(), o.activities().get(a.code()), a.recordedByHub()))
                            .toList()));
            done += s.done();
            total += s.total();
        }
        Municipality m = o.municipality();
        String slug = m.slug();
        boolean onboarding = m.isOnboarding();
        return new OnboardingView(
                slug,
                m.name(),
                m.status().name(),
                o.planVersion(),
                o.startedOn(),
                List.copyOf(stages),
                p.current(),
                p.daysInCurrent(),
                p.proportion(),
                done,
                total,
                p.complete(),
                o.commitmentVersion() == null
                        ? null
                        : new OnboardingView.Commitment(
                                o.commitmentVersion(), o.commitmentAcceptedBy(), o.commitmentAcceptedAt()),
                new OnboardingView.May(
                        onboarding && OnboardingPolicy.mayMarkActivities(caller, slug),
                        onboarding
                                && OnboardingPolicy.mayAcceptCommitment(caller, slug)
                                && !Commitment.CURRENT.version().equals(o.commitmentVersion()),
                        onboarding && OnboardingPolicy.mayActivate(caller) && p.complete()),
                o.version());
    }
}
