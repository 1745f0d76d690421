package dk.nextwork.hub.domain.model.notification;

/**
 * What the Hub tells people about: each kind goes to the people whose work it is (the application decides which roles
 * those are), and only to those of the event's municipality where the role belongs to one. What someone must act on
 * cannot be turned off.
 */
public enum NotificationKind {
    /** A report submitted: the supervisors review it. Arguments: municipality, period. */
    ASSESSMENT_SUBMITTED(true),
    /** A report returned with the supervisor's reason: the lead. Arguments: municipality, period, reason. */
    ASSESSMENT_RETURNED(true),
    /** A report approved: the lead. Arguments: municipality, period. */
    ASSESSMENT_APPROVED(false),
    /** An approved report requires an action plan: lead and supervisors. Arguments: municipality, period, due date. */
    ACTION_PLAN_REQUIRED(true),
    /** An agreed action due within 7 days: lead and supervisors. Arguments: municipality, title, due date. */
    ACTION_DUE_SOON(false),
    /** An agreed action past its due date: lead and supervisors. Arguments: municipality, title, due date. */
    ACTION_OVERDUE(true),
    /** A reporting period opened: each active municipality's lead. Arguments: municipality, period, deadline. */
    PERIOD_OPENED(false),
    /** A period's deadline within 14 days and no report submitted: the lead. Arguments: municipality, period, deadline. */
    PERIOD_DEADLINE_NEAR(true),
    /** A principle drifted between two approved reports: the supervisors. Arguments: municipality, principles. */
    DRIFT_ALERT(false),
    /** An onboarding stage past its expected duration: supervisors and the admin. Arguments: municipality, stage. */
    ONBOARDING_STAGE_OVERDUE(false),
    /** A stratum's allocation list running low: the researchers. Arguments: municipality, category. */
    ALLOCATION_LIST_LOW(true);

    private final boolean mustAct;

    NotificationKind(boolean mustAct) {
        this.mustAct = mustAct;
    }

    /** Whether it asks the recipient to act, so it cannot be turned off (a weekly digest is allowed). */
    public boolean mustAct() {
        return mustAct;
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
