package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.interfaces.http.Route;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.security.PageAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * The menu: the pages the signed-in user may open, by {@link Route}'s table. Worked out when asked, from the signed-in
 * user and the page: it keeps nothing, so one instance serves every request (a request-scoped bean would be made anew,
 * with its injections, for every page).
 */
@Named("navigation")
@ApplicationScoped
public class Navigation {

    /** One entry: the page's address below the context root, its label's message key, whether it is shown now. */
    public record Entry(String path, String labelKey, boolean current) {}

    @Inject
    CurrentUser user;

    public List<Entry> getEntries() {
        if (!user.isAuthenticated()) {
            return List.of();
        }
        String shown = currentPath();
        return Arrays.stream(Route.values())
                .filter(p -> p.labelKey() != null)
                .filter(p -> PageAccess.allows(user, p.inMenuWith()))
                .map(p -> new Entry(p.path(), p.labelKey(), p.path().equals(shown)))
                .toList();
    }

    private static String currentPath() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? ""
                : faces.getViewRoot().getViewId();
    }
}
