package dk.nextwork.hub.application.supervision;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.application.access.SupervisionPolicy;
import dk.nextwork.hub.application.assessment.AssessmentScoring;
import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.assessment.FrozenResult;
import dk.nextwork.hub.application.common.KeptUnderVersion;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.network.NetworkScores;
import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import dk.nextwork.hub.domain.model.supervision.AgreedAction;
import dk.nextwork.hub.domain.model.supervision.AgreedActionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What the actions do for the reports: whether the latest approved report's action plan is in place (each principle
 * below the threshold has an action on one of its lowest items), and for a report, what was done about each item since
 * the report before it.
 */
@ApplicationScoped
class ActionPlans {

    @Inject
    AgreedActionRepository actions;

    @Inject
    AssessmentRepository assessments;

    @Inject
    AssessmentService assessmentService;

    @Inject
    Instruments instruments;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @Inject
    NetworkScores scores;

    /**
     * What the plan takes from the latest approved report: its id, period, approval time, due day and the requirements
     * frozen when it was submitted. Kept under the network read model's version, which the database raises whenever a
     * report is approved or leaves approval, so it is never older than the reports; the actions are read every time.
     */
    private record Approved(
            long id, String period, Instant approvedAt, LocalDate due, List<FrozenResult.Requirement> requirements) {}

    private final KeptUnderVersion<Optional<Approved>> approved = new KeptUnderVersion<>();

    /** The municipality's latest approved report's action plan, each requirement met or not. */
    SupervisionViews.ActionPlan plan(long municipality, String slug) {
        return plan(municipality, slug, () -> actions.forMunicipality(slug));
    }

    /** The same, with the municipality's actions read by the caller (only if the plan needs them). */
    SupervisionViews.ActionPlan plan(long municipality, String slug, Supplier<List<AgreedAction>> all) {
        Optional<Approved> latest = approved.get(municipality, scores.version(), id -> latestApproved(slug));
        if (latest.isEmpty()) {
            return new SupervisionViews.ActionPlan(slug, null, null, null, List.of());
        }
        Approved report = latest.get();
        List<AgreedAction> candidates = all.get().stream()
                .filter(a -> a.status() != ActionStatus.DROPPED)
                .filter(a -> Long.valueOf(report.id()).equals(a.assessmentId())
                        || !a.createdAt().isBefore(report.approvedAt()))
                .toList();
        List<SupervisionViews.Requirement> requirements = new ArrayList<>();
        for (FrozenResult.Requirement r : report.requirements()) {
            boolean met = candidates.stream().anyMatch(a -> a.items().stream().anyMatch(r.lowestItems()::contains));
            requirements.add(new SupervisionViews.Requirement(r.section(), r.score(), r.lowestItems(), met));
        }
        return new SupervisionViews.ActionPlan(slug, report.id(), report.period(), report.due(), requirements);
    }

    private Optional<Approved> latestApproved(String slug) {
        return assessments
                .latestApproved(slug, null)
                .map(report -> new Approved(
                        report.id(),
                        report.period().code(),
                        report.approvedAt().orElseThrow(),
                        report.actionPlanDue(DanishTime.ZONE).orElseThrow(),
                        // The requirement is the approved report's own, frozen when it was submitted.
                        List.copyOf(AssessmentScoring.result(instruments.of(report), report)
                                .actionPlan())));
    }

    /**
     * Once the actions address every principle the latest approved report requires a plan for, the notifications
     * asking for the plan are done.
     */
    void closeIfAgreed(Municipality m) {
        SupervisionViews.ActionPlan plan = plan(m.id(), m.slug());
        if (plan.assessmentId() != null && !plan.requirements().isEmpty() && !plan.required()) {
            notifications.done(Notifications.plan(plan.assessmentId()));
        }
    }

    /**
     * For a report, every item that had actions since the previous approved report: rating before, after, actions.
     * Empty for callers who may read the report but not the municipality's actions.
     */
    List<SupervisionViews.LoopRow> closedLoop(long assessmentId, Caller caller) {
        AssessmentView report = assessmentService.get(assessmentId, caller);
        Optional<AssessmentView> previous = assessmentService.previousApproved(assessmentId, caller);
        if (previous.isEmpty() || !SupervisionPolicy.maySee(caller, report.municipality())) {
            // Another municipality reads an approved report, but never the actions behind it.
            return List.of();
        }
        Instant from = previous.get().approvedAt();
        Instant until = report.approvedAt() == null ? Instant.MAX : report.approvedAt();
        LocalDate today = DanishTime.today(clock);
        Map<String, List<SupervisionViews.Action>> byItem = new TreeMap<>();
        for (AgreedAction a : actions.forMunicipality(report.municipality())) {
            boolean forPrevious = Long.valueOf(previous.get().id()).equals(a.assessmentId());
            boolean between =
                    from != null && a.createdAt().isAfter(from) && a.createdAt().isBefore(until);
            if (forPrevious || between) {
                for (String item : a.items()) {
                    byItem.computeIfAbsent(item, k -> new ArrayList<>()).add(SupervisionViews.action(a, today));
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
}
