package dk.nextwork.hub.application.access;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Role;

/**
 * Who may see and move on a municipality's onboarding: its own lead and consultants, supervisors and the network admin
 * see it (for anyone else it does not exist); its lead and supervisors mark activities done; only its lead accepts the
 * co-ownership commitment on the municipality's behalf; only the network admin confirms it as an active member.
 */
public final class OnboardingPolicy {

    private OnboardingPolicy() {}

    public static boolean maySee(Caller caller, String municipality) {
        return caller.isNetworkWide() || (caller.belongsTo(municipality) && caller.isMunicipalStaff());
    }

    public static boolean mayMarkActivities(Caller caller, String municipality) {
        return caller.has(Role.SUPERVISOR) || caller.leads(municipality);
    }

    public static boolean mayAcceptCommitment(Caller caller, String municipality) {
        return caller.leads(municipality);
    }

    public static boolean mayActivate(Caller caller) {
        return Access.allows(caller, Capability.MANAGE_MUNICIPALITIES);
    }
}
