package dk.nextwork.hub.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers a municipal IT security review looks for, on every answer: no content sniffing, no referrer leaving
 * the Hub, no framing; a content security policy (pages: everything from the Hub itself, forms only to the Hub and
 * its Keycloak; the API answers nothing a browser should run). The session cookie is
 * {@code SameSite=Lax} (set on Payara's HTTP listener) and {@code Secure} where the Hub is served over HTTPS
 * ({@code hub.cookie.secure=true}).
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * Pages: everything from the Hub itself; no plugins, no framing, forms only to the Hub and its Keycloak (logout).
     * Inline scripts are still allowed: Mojarra writes its Ajax and command-link handlers inline, and PrimeFaces'
     * nonce mode ({@code primefaces.CSP}) broke the forms' Ajax saves here.
     */
    private String pagePolicy;

    /** The API answers data, never something to render. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Inject
    OidcSettings oidc;

    @Override
    public void init() {
        java.net.URI keycloak = java.net.URI.create(oidc.getProviderUri());
        String origin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        pagePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; img-src 'self' data:;"
                + " style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                + " form-action 'self' " + origin;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        boolean api = request.getServletPath().startsWith("/api");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : pagePolicy);
        chain.doFilter(request, response);
    }

    /** Sets the session cookie's flags once, when the Hub starts. */
    @WebListener
    public static class SessionCookie implements ServletContextListener {

        @Inject
        @ConfigProperty(name = "hub.cookie.secure", defaultValue = "false")
        boolean secure;

        @Override
        public void contextInitialized(ServletContextEvent event) {
            var cookie = event.getServletContext().getSessionCookieConfig();
            cookie.setHttpOnly(true);
            cookie.setSecure(secure);
            // SameSite=Lax is set by the HTTP listener (PayaraServer.SAME_SITE_LAX): Payara 6 writes no attribute set
            // here.
        }
    }
}
