package dk.nextwork.hub.application.assessment;

import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.scoring.Drift;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.Link;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who hears of a report's steps, recorded in the step's own transaction: the supervisors when it is submitted, the
 * lead when it is returned or approved (and asked for an action plan when one is required), the supervisors when a
 * principle dropped; and the tasks each step does close.
 */
@ApplicationScoped
class AssessmentNotices {

    @Inject
    Notifications notifications;

    @Inject
    AssessmentRepository assessments;

    @Inject
    Instruments instruments;

    /**
     * The supervisors are asked to review it; what asked the lead to fill it in (the period opened, its deadline, a
     * return) is done.
     */
    void submitted(Assessment a, Instant at) {
        notifications.done(
                Notifications.submit(a.municipality().slug(), a.period().code()));
        notifications.task(
                NotificationKind.ASSESSMENT_SUBMITTED,
                a.municipality().slug(),
                Link.review(a.id()),
                a.id() + ":" + at.toEpochMilli(),
                Notifications.review(a.id()),
                a.municipality().name(),
                a.period().code());
    }

    /** The lead is asked to submit it again; every supervisor's "waiting for your review" of it is done. */
    void returned(Assessment a, String reason, Instant at) {
        notifications.done(Notifications.review(a.id()));
        notifications.task(
                NotificationKind.ASSESSMENT_RETURNED,
                a.municipality().slug(),
                Link.assessment(a.id()),
                a.id() + ":" + at.toEpochMilli(),
                Notifications.submit(a.municipality().slug(), a.period().code()),
                a.municipality().name(),
                a.period().code(),
                reason);
    }

    /**
     * The municipality hears it is approved, and is asked for an action plan when the report requires one; the
     * supervisors hear of a principle that dropped since the municipality's previous approved report.
     */
    void approved(Assessment a) {
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
        for (var alert : Drift.alerts(
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
}
