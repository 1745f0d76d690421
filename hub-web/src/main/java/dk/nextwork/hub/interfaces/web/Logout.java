package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.security.OidcSettings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Logs out of the Hub and ends the Keycloak session too, so the next visit asks for the password again. */
@Named("logout")
@RequestScoped
public class Logout {

    @Inject
    CurrentUser user;

    @Inject
    OidcSettings oidc;

    public void logout() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<String> idToken = user.identityToken();
        String hub = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath() + "/";
        // Dropping the session drops the OpenID Connect tokens kept in it. HttpServletRequest.logout() is not used:
        // the OpenID Connect mechanism commits the response there, and the redirect to Keycloak could not follow.
        external.invalidateSession();
        StringBuilder url = new StringBuilder(oidc.getEndSessionEndpoint())
                .append("?client_id=")
                .append(encode(oidc.getClientId()))
                .append("&post_logout_redirect_uri=")
                .append(encode(hub));
        idToken.ifPresent(token -> url.append("&id_token_hint=").append(encode(token)));
        external.redirect(url.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
