package dk.nextwork.hub.application.notification;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Link;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.onboarding.OnboardingService;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationStore;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The reminders of a day, each recorded once however often the day is worked out: actions due within {@value
 * #ACTION_DAYS} days or overdue, periods whose deadline is within {@value #DEADLINE_DAYS} days for municipalities that
 * have not submitted, and onboarding stages past their expected duration.
 */
@ApplicationScoped
class Reminders {

    /** How far ahead an action's due date is reminded of, and a period's deadline. */
    static final int ACTION_DAYS = 7;

    static final int DEADLINE_DAYS = 14;

    /** The Hub itself, reading the onboarding cohort as the network admin does. */
    private static final Caller HUB = Caller.of("hub", null, Role.NETWORK_ADMIN);

    @Inject
    NotificationStore store;

    @Inject
    ReportingPeriodRepository periods;

    @Inject
    Notifications notifications;

    @Inject
    OnboardingService onboarding;

    /** @return how many new reminders were recorded */
    int remind(LocalDate today) {
        return actions(today) + deadlines(today) + onboardingStages();
    }

    private int actions(LocalDate today) {
        int recorded = 0;
        for (var action : store.openActionsDueBy(today.plusDays(ACTION_DAYS))) {
            NotificationKind kind =
                    action.dueOn().isBefore(today) ? NotificationKind.ACTION_OVERDUE : NotificationKind.ACTION_DUE_SOON;
            // Keyed by the due date too: an action given a new date is reminded of again.
            if (notifications.task(
                    kind,
                    action.municipality(),
                    Link.supervision(action.municipality()),
                    action.id() + ":" + action.dueOn(),
                    Notifications.action(action.id()),
                    action.municipalityName(),
                    action.title(),
                    action.dueOn().toString())) {
                recorded++;
            }
        }
        return recorded;
    }

    private int deadlines(LocalDate today) {
        int recorded = 0;
        List<String> near = periods.newestFirst().stream()
                .filter(p -> p.isDeadlineNear(today, DEADLINE_DAYS))
                .map(ReportingPeriod::code)
                .toList();
        for (var missing : store.missingReports(near)) {
            if (notifications.task(
                    NotificationKind.PERIOD_DEADLINE_NEAR,
                    missing.municipality(),
                    Link.assessments(),
                    missing.period() + ":" + missing.municipality(),
                    Notifications.submit(missing.municipality(), missing.period()),
                    missing.municipalityName(),
                    missing.period(),
                    missing.deadline().toString())) {
                recorded++;
            }
        }
        return recorded;
    }

    private int onboardingStages() {
        int recorded = 0;
        for (var joining : onboarding.cohort(HUB)) {
            for (var stage : joining.overdueStages()) {
                if (stage.isComplete()) {
                    continue; // done, if late: nothing to ask for any more
                }
                // The stage's code: the notification names it in its reader's language when shown or mailed.
                if (notifications.task(
                        NotificationKind.ONBOARDING_STAGE_OVERDUE,
                        joining.municipality(),
                        Link.onboarding(joining.municipality()),
                        joining.municipality() + ":" + stage.code(),
                        Notifications.onboarding(joining.municipality(), stage.code()),
                        joining.name(),
                        stage.code())) {
                    recorded++;
                }
            }
        }
        return recorded;
    }
}
