package dk.nextwork.hub.application.notification;

import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import java.util.Set;

/**
 * Whom each kind of notification goes to: the roles whose work it is, a municipal role only in the event's own
 * municipality. Decided here rather than on the kind because the roles are the application's (the sign-in's), and the
 * domain imports nothing above it.
 */
public final class Audience {

    private Audience() {}

    /** The roles a kind goes to; every kind has at least one (the compiler checks that none is left out). */
    public static Set<Role> of(NotificationKind kind) {
        return switch (kind) {
            case ASSESSMENT_SUBMITTED, DRIFT_ALERT -> Set.of(Role.SUPERVISOR);
            case ASSESSMENT_RETURNED, ASSESSMENT_APPROVED, PERIOD_OPENED, PERIOD_DEADLINE_NEAR ->
                Set.of(Role.MUNICIPAL_LEAD);
            case ACTION_PLAN_REQUIRED, ACTION_DUE_SOON, ACTION_OVERDUE -> Set.of(Role.MUNICIPAL_LEAD, Role.SUPERVISOR);
            case ONBOARDING_STAGE_OVERDUE -> Set.of(Role.SUPERVISOR, Role.NETWORK_ADMIN);
            case ALLOCATION_LIST_LOW -> Set.of(Role.RESEARCHER);
        };
    }
}
