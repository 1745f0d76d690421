package dk.nextwork.hub.interfaces.security;

import dk.nextwork.hub.interfaces.web.Page;
import dk.nextwork.hub.interfaces.web.PageAccess;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The gate in front of every page: a signed-in user whose role does not open the page gets 403, by the same table
 * ({@link Page}) and the same access policy the menu uses. Whether one record may be seen is the page's own
 * business (404, as in the API).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class RoleGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser user;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The servlet path, not the raw URI: "/perioder.xhtml;x=1" is the periods page too.
        var page = Page.byPath(request.getServletPath());
        if (request.getUserPrincipal() != null
                && page.isPresent()
                && !PageAccess.allows(user, page.get().opensWith())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
