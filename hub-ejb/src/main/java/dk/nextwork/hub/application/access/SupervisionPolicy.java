package dk.nextwork.hub.application.access;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Role;

/**
 * Who may see and change a municipality's supervision log and actions: its own people and supervisors and the network
 * admin see them (for anyone else they do not exist); its lead and supervisors move actions on.
 */
public final class SupervisionPolicy {

    private SupervisionPolicy() {}

    public static boolean maySee(Caller caller, String municipality) {
        return caller.isNetworkWide() || (caller.belongsTo(municipality) && caller.isMunicipalStaff());
    }

    public static boolean mayChangeActions(Caller caller, String municipality) {
        return caller.has(Role.SUPERVISOR) || caller.leads(municipality);
    }
}
