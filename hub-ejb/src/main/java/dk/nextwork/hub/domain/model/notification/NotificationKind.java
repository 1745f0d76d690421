package dk.nextwork.hub.domain.model.notification;

import dk.nextwork.hub.application.Role;
import java.util.Set;

/**
 * What the Hub tells people about, and whom: each kind goes to the roles whose work it is, and only to those of the
 * event's municipality where the role belongs to one. What someone must act on cannot be turned off.
 */
public enum NotificationKind {
    /** A report submitted: the supervisors review it. Arguments: municipality, period. */
    ASSESSMENT_SUBMITTED(true, Role.SUPERVISOR),
    /** A report returned with the supervisor's reason: the lead. Arguments: municipality, period, reason. */
    ASSESSMENT_RETURNED(true, Role.MUNICIPAL_LEAD),
    /** A report approved: the lead. Arguments: municipality, period. */
    ASSESSMENT_APPROVED(false, Role.MUNICIPAL_LEAD),
    /** An approved report requires an action plan: lead and supervisors. Arguments: municipality, period, due date. */
    ACTION_PLAN_REQUIRED(true, Role.MUNICIPAL_LEAD, Role.SUPERVISOR),
    /** An agreed action due within 7 days: lead and supervisors. Arguments: municipality, title, due date. */
    ACTION_DUE_SOON(false, Role.MUNICIPAL_LEAD, Role.SUPERVISOR),
    /** An agreed action past its due date: lead and supervisors. Arguments: municipality, title, due date. */
    ACTION_OVERDUE(true, Role.MUNICIPAL_LEAD, Role.SUPERVISOR),
    /** A reporting period opened: each active municipality's lead. Arguments: municipality, period, deadline. */
    PERIOD_OPENED(false, Role.MUNICIPAL_LEAD),
    /** A period's deadline within 14 days and no report submitted: the lead. Arguments: municipality, period, deadline. */
    PERIOD_DEADLINE_NEAR(true, Role.MUNICIPAL_LEAD),
    /** A principle drifted between two approved reports: the supervisors. Arguments: municipality, principles. */
    DRIFT_ALERT(false, Role.SUPERVISOR),
    /** An onboarding stage past its expected duration: supervisors and the admin. Arguments: municipality, stage. */
    ONBOARDING_STAGE_OVERDUE(false, Role.SUPERVISOR, Role.NETWORK_ADMIN),
    /** A stratum's allocation list running low: the researchers. Arguments: municipality, category. */
    ALLOCATION_LIST_LOW(true, Role.RESEARCHER);

    private final boolean mustAct;
    private final Set<Role> audience;

    NotificationKind(boolean mustAct, Role... audience) {
        this.mustAct = mustAct;
        this.audience = Set.of(audience);
    }

    /** Whether it asks the recipient to act, so it cannot be turned off (a weekly digest is allowed). */
    public boolean mustAct() {
        return mustAct;
    }

    /** The roles it goes to; a municipal role only in the event's own municipality. */
    public Set<Role> audience() {
        return audience;
    }

    /** The preference when a user has chosen none. */
    public static final Mode DEFAULT = Mode.IMMEDIATE;

    /** How a user wants a kind: a mail straight away, in a weekly digest, or none (the Hub still shows it). */
    public enum Mode {
        IMMEDIATE,
        WEEKLY,
        OFF
    }
}
