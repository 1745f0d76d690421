package dk.nextwork.hub.interfaces.security;

import dk.nextwork.hub.interfaces.http.Route;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The gate in front of every address outside the API: one that is not in {@link Route}'s table does not exist (404),
 * and a page or download answers 403 to a signed-in user whose role does not open it — by the same table and the same
 * access policy the menu uses, so a page's PDF or spreadsheet can never be more open than the page. Whether one record
 * may be seen is the service's business (404, as in the API).
 */
@WebFilter(urlPatterns = "/*")
public class RouteGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var route = Route.of(Route.address(request));
        if (route.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (route.get() == Route.ERROR_VIEW) {
            // The error page is shown through the container's error dispatch only.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (route.get().isGated() && !PageAccess.allows(user, route.get().opensWith())) {
            // Nobody reaches a page unsigned but by an address the login did not take for one: it does not exist.
            response.sendError(
                    user.isAuthenticated() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
