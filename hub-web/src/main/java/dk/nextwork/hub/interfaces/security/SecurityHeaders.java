package dk.nextwork.hub.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The headers a municipal IT security review looks for, on every answer: no content sniffing, no referrer leaving
 * the Hub, no framing; a content security policy (pages: {@link ContentSecurityPolicy}; the API answers nothing a
 * browser should run). The session cookie is
 * {@code SameSite=Lax} (set on Payara's HTTP listener) and {@code Secure} where the Hub is served over HTTPS
 * ({@code hub.cookie.secure=true}).
 */
// ERROR too: the container's error dispatch does not pass through the REQUEST chain's response wrapper.
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The API answers data, never something to render. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final String CSP = "Content-Security-Policy";

    @Inject
    ContentSecurityPolicy policy;

    /**
     * {@code hub.csp.report-only=true} sends the pages' policy as {@code Content-Security-Policy-Report-Only}: the
     * browser reports what it would refuse but runs it, for trying a change to the policy or auditing pages with a
     * tool that injects its own script.
     */
    @Inject
    @ConfigProperty(name = "hub.csp.report-only", defaultValue = "false")
    boolean reportOnly;

    private String policyHeader;

    @Override
    public void init() {
        policyHeader = reportOnly ? CSP + "-Report-Only" : CSP;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getDispatcherType() == DispatcherType.ERROR
                ? String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                        .substring(request.getContextPath().length())
                : request.getServletPath();
        boolean api = path.startsWith("/api");
        response.setHeader(api ? CSP : policyHeader, api ? API_POLICY : policy.getPages());
        // A Faces page replaces this with the same policy and its own nonce (PrimeFaces' CSP mode adds the header).
        chain.doFilter(request, api ? response : new OnePolicy(response, policyHeader));
    }

    /**
     * Lets a later Content-Security-Policy replace the filter's one instead of adding a second header (two would both
     * be enforced, and the filter's has no nonce).
     */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        private final String header;

        OnePolicy(HttpServletResponse response, String header) {
            super(response);
            this.header = header;
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(header, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(CSP.equalsIgnoreCase(name) ? header : name, value);
        }
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
