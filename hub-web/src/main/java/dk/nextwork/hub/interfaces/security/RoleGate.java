package dk.nextwork.hub.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Pages for some roles only: the audit log, the review queue and page, the actions overview and the session form are
 * for the network admin and supervisors. Others get 403.
 */
@WebFilter(
        urlPatterns = {
            "/haendelser.xhtml",
            "/gennemgang.xhtml",
            "/gennemgaa.xhtml",
            "/handlinger.xhtml",
            "/supervision-ny.xhtml",
            "/perioder.xhtml"
        })
public class RoleGate extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null
                && !request.isUserInRole(HubRole.NETWORK_ADMIN_NAME)
                && !request.isUserInRole(HubRole.SUPERVISOR_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
