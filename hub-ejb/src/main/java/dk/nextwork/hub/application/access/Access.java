package dk.nextwork.hub.application.access;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Role;

/** The one answer to "may this caller do this" for everything that does not depend on one record. */
public final class Access {

    private Access() {}

    public static boolean allows(Caller caller, Capability capability) {
        if (caller == null || caller.username() == null) {
            return false;
        }
        return switch (capability) {
            case SEE_ASSESSMENTS, READ_PRACTICE, SEE_MUNICIPALITIES, PLAN_TEAM -> caller.takesPartInFidelityWork();
            case SEE_NETWORK -> caller.isNetworkWide() || caller.isMunicipalStaff() || caller.has(Role.RESEARCHER);
            case SEE_EVERY_MUNICIPALITY, DOWNLOAD_ANALYSIS_EXTRACT ->
                caller.isNetworkWide() || caller.has(Role.RESEARCHER);
            case ALLOCATE -> caller.municipality() != null && caller.has(Role.CASEWORKER);
            case OVERSEE_TRIAL -> caller.has(Role.RESEARCHER);
            case START_ASSESSMENT, ACCEPT_COMMITMENT ->
                caller.municipality() != null && caller.has(Role.MUNICIPAL_LEAD);
            case CHANGE_ACTIONS, MARK_ONBOARDING ->
                caller.has(Role.SUPERVISOR) || (caller.municipality() != null && caller.has(Role.MUNICIPAL_LEAD));
            case SEE_REVIEW_QUEUE, SEE_ALL_SUPERVISION, READ_AUDIT_LOG, SEE_ONBOARDING_COHORT -> caller.isNetworkWide();
            case SEE_ONBOARDING -> caller.isNetworkWide() || caller.isMunicipalStaff();
            case REVIEW, LOG_SESSIONS -> caller.has(Role.SUPERVISOR);
            case SEE_OWN_SUPERVISION, SHARE_PRACTICE -> caller.isMunicipalStaff();
            case MANAGE_MUNICIPALITIES,
                    MANAGE_PERIODS,
                    CHOOSE_INSTRUMENT,
                    SEE_NOTIFICATION_RECIPIENTS,
                    SEE_PERSONAL_DATA_FINDINGS,
                    READ_DATA_USE_LOG -> caller.has(Role.NETWORK_ADMIN);
        };
    }

    /** @throws AccessDeniedException (403) naming what the role does not allow */
    public static void require(Caller caller, Capability capability) {
        if (!allows(caller, capability)) {
            throw new AccessDeniedException("access.denied." + capability.name());
        }
    }
}
