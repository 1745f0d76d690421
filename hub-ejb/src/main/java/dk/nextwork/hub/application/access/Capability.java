package dk.nextwork.hub.application.access;

/**
 * What a caller may do or see across the Hub, independent of any one record: the pages in the menu, the gates in front
 * of them and the API's refusals all ask {@link Access} about these, so they always agree. Rules about one record (this
 * report, that municipality's actions) are in the aggregate's policy.
 */
public enum Capability {
    /** The self-assessments the caller may see (everyone). */
    SEE_ASSESSMENTS,
    /** Start, fill in and submit the own municipality's self-assessment (its lead). */
    START_ASSESSMENT,
    /** The queue of submitted reports (supervisors, network admin). */
    SEE_REVIEW_QUEUE,
    /** Review, return and approve submitted reports (supervisors). */
    REVIEW,
    /** The own municipality's supervision log and actions (its lead and consultants). */
    SEE_OWN_SUPERVISION,
    /** Every municipality's supervision log and actions (supervisors, network admin). */
    SEE_ALL_SUPERVISION,
    /** Log supervision sessions (supervisors). */
    LOG_SESSIONS,
    /** Record actions and move them on (supervisors; a municipality's lead, for its own municipality). */
    CHANGE_ACTIONS,
    /** Read the practice library (everyone). */
    READ_PRACTICE,
    /** Share practice and record trials (a municipality's lead and consultants). */
    SHARE_PRACTICE,
    /** The network's municipalities (everyone). */
    SEE_MUNICIPALITIES,
    /** Add municipalities and change their status (network admin). */
    MANAGE_MUNICIPALITIES,
    /** The own municipality's onboarding (its lead and consultants), or any municipality's (supervisors, admin). */
    SEE_ONBOARDING,
    /** Every municipality onboarding now, side by side (supervisors, network admin). */
    SEE_ONBOARDING_COHORT,
    /** Date the onboarding plan's activities (supervisors; a municipality's lead, for its own municipality). */
    MARK_ONBOARDING,
    /** Accept the co-ownership commitment (a municipality's lead, for its own municipality). */
    ACCEPT_COMMITMENT,
    /** Open and close reporting periods (network admin). */
    MANAGE_PERIODS,
    /** Choose the instrument version new reports are filed under (network admin). */
    CHOOSE_INSTRUMENT,
    /** The audit trail (supervisors, network admin). */
    READ_AUDIT_LOG,
    /** The team and caseload planner (everyone but caseworkers). */
    PLAN_TEAM,
    /** The network picture (everyone but caseworkers, whose work is the trial's allocations). */
    SEE_NETWORK,
    /**
     * Every municipality by name in the network picture (supervisors, network admin, researchers); a municipality's
     * own staff see the own municipality only, against the network.
     */
    SEE_EVERY_MUNICIPALITY,
    /**
     * The analysis extract of every approved report for the evaluation, with its codebook (researchers, supervisors,
     * network admin); every download is recorded in the data-use log.
     */
    DOWNLOAD_ANALYSIS_EXTRACT,
    /** The data-use log: who downloaded which analysis extract, when (network admin). */
    READ_DATA_USE_LOG,
    /** Enter a young person in the randomisation machine (a municipality's caseworkers). */
    ALLOCATE,
    /** Oversee the randomised trial: its course, log, exports, corrections and closure (researchers). */
    OVERSEE_TRIAL,
    /** Who would receive which notifications, and how (network admin). */
    SEE_NOTIFICATION_RECIPIENTS,
    /** Where stored free text holds something written like a CPR number, never the number itself (network admin). */
    SEE_PERSONAL_DATA_FINDINGS
}
