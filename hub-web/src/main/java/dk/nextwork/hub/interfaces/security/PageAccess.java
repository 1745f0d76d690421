package dk.nextwork.hub.interfaces.security;

import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import java.util.Set;

/** Whether a signed-in user has any of a page's capabilities (none listed: every signed-in user). */
public final class PageAccess {

    private PageAccess() {}

    public static boolean allows(CurrentUser user, Set<Capability> anyOf) {
        if (!user.isAuthenticated()) {
            return false;
        }
        return anyOf.isEmpty() || anyOf.stream().anyMatch(c -> Access.allows(user.caller(), c));
    }
}
