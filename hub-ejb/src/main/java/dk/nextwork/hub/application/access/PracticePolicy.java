package dk.nextwork.hub.application.access;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.domain.model.practice.PracticeStatus;

/**
 * Who may do what with one practice: published practice is for everyone; a draft (or archived practice) only for its
 * own municipality, for anyone else it does not exist. The municipality's lead and consultants rewrite and archive it.
 */
public final class PracticePolicy {

    private PracticePolicy() {}

    public static boolean mayRead(Caller caller, String municipality, PracticeStatus status) {
        return status == PracticeStatus.PUBLISHED || caller.belongsTo(municipality);
    }

    public static boolean mayEdit(Caller caller, String municipality) {
        return caller.isMunicipalStaff() && caller.belongsTo(municipality);
    }
}
