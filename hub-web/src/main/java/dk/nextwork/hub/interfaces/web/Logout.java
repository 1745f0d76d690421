package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.interfaces.security.CrossSitePosts;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.security.OidcSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The header's logout button posts here: logs out of the Hub and ends the Keycloak session too, so the next visit asks
 * for the password again.
 */
@WebServlet("/logud")
public class Logout extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentUser user;

    @Inject
    transient OidcSettings oidc;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CrossSitePosts.refused(request, response)) {
            return;
        }
        Optional<String> idToken = user.identityToken();
        String hub = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        // Dropping the session drops the OpenID Connect tokens kept in it. HttpServletRequest.logout() is not used:
        // the OpenID Connect mechanism commits the response there, and the redirect to Keycloak could not follow.
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        StringBuilder url = new StringBuilder(oidc.getEndSessionEndpoint())
                .append("?client_id=")
                .append(encode(oidc.getClientId()))
                .append("&post_logout_redirect_uri=")
                .append(encode(hub));
        idToken.ifPresent(token -> url.append("&id_token_hint=").append(encode(token)));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", url.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
