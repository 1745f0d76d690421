package dk.nextwork.hub.interfaces.security;

import dk.nextwork.hub.interfaces.http.Route;
import dk.nextwork.hub.interfaces.i18n.Languages;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Jakarta Security 3 allows one authentication mechanism per application, but the Hub needs two: OpenID Connect for
 * the pages and MicroProfile JWT bearer tokens for the API. This mechanism takes precedence over both and hands each
 * request to the right one by path: {@code /api/…} to MP-JWT, everything else to the OpenID Connect login.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(HubAuthenticationMechanism.class.getName());

    /** Request attribute set when a bearer token was presented but rejected. */
    public static final String INVALID_TOKEN = "hub.invalid-bearer-token";

    @Inject
    BeanManager beans;

    @Inject
    MechanismCollector collector;

    @Inject
    KeycloakReachability keycloak;

    @Inject
    Instance<OpenIdContext> openId;

    private HttpAuthenticationMechanism web;
    private HttpAuthenticationMechanism api;

    @PostConstruct
    void findMechanisms() {
        web = reference(collector.openIdConnect());
        api = reference(collector.bearerTokens());
        if (web == null || api == null) {
            throw new IllegalStateException(
                    "expected an OpenID Connect and an MP-JWT mechanism, found " + collector.describeAll());
        }
    }

    private HttpAuthenticationMechanism reference(Optional<Bean<?>> bean) {
        return bean.map(b -> (HttpAuthenticationMechanism)
                        beans.getReference(b, HttpAuthenticationMechanism.class, beans.createCreationalContext(b)))
                .orElse(null);
    }

    private HttpAuthenticationMechanism forRequest(HttpServletRequest request) {
        return isApi(request) ? api : web;
    }

    /** The address as the container resolved it, as RouteGate and InputGuard see it ("//api/x" is the API). */
    private static String path(HttpServletRequest request) {
        return Route.address(request);
    }

    /**
     * Addresses anyone may open without logging in, by the routes' table (metrics are guarded by the caller's address
     * in MetricsGate); everything else asks for a Keycloak login first.
     */
    private static boolean isPublic(HttpServletRequest request) {
        return Route.of(path(request))
                .map(r -> r.isPublic() || r == Route.METRICS)
                .orElse(false);
    }

    /**
     * The pages are protected here rather than by security constraints in web.xml, because Payara's MP-JWT refuses
     * to run beside web.xml constraints: the OpenID Connect mechanism is told that every non-public page is protected.
     */
    private static final class ProtectedPage extends HttpMessageContextWrapper {
        ProtectedPage(HttpMessageContext context) {
            super(context);
        }

        @Override
        public boolean isProtected() {
            return true;
        }
    }

    /**
     * The redirect to Keycloak's login (which Soteria sends on the response itself) carries the Hub's language
     * ({@code ui_locales}), so Keycloak's pages speak as the Hub does, and for a link such as {@code /?login=kommune}
     * the municipality's identity provider ({@code kc_idp_hint}), so its users go straight there.
     */
    private static final class ToKeycloakLogin extends HttpServletResponseWrapper {
        private final String language;
        private final String identityProvider;

        ToKeycloakLogin(HttpServletResponse response, String language, String identityProvider) {
            super(response);
            this.language = language;
            this.identityProvider = identityProvider;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (!location.contains("/protocol/openid-connect/auth")) {
                super.sendRedirect(location);
                return;
            }
            StringBuilder target = new StringBuilder(location)
                    .append(location.contains("?") ? "&" : "?")
                    .append("ui_locales=")
                    .append(language);
            if (identityProvider != null) {
                target.append("&kc_idp_hint=").append(identityProvider);
            }
            super.sendRedirect(target.toString());
        }
    }

    /** The Hub's language for this visitor: English if they chose it (the language cookie), else Danish. */
    private static String language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (Languages.COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
                    return "en";
                }
            }
        }
        return "da";
    }

    /** The identity provider a link asks for ({@code ?login=kommune}): an alias of letters, digits and hyphens. */
    private static String identityProvider(HttpServletRequest request) {
        // Read off the raw query, not with getParameter: that would fix the request's parameters in the container's
        // default encoding before Faces sets UTF-8 ("værksteder" would arrive garbled).
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("login=")
                    && IDP_ALIAS.matcher(pair.substring(6)).matches()) {
                return pair.substring(6);
            }
        }
        return null;
    }

    private static final Pattern IDP_ALIAS = Pattern.compile("[a-z0-9-]{1,40}");

    /**
     * MP-JWT answers a bad token with the container's HTML error page; here it only reports the failure, so the API
     * can answer with a problem body like every other error.
     */
    private static final class BearerToken extends HttpMessageContextWrapper {
        BearerToken(HttpMessageContext context) {
            super(context);
        }

        @Override
        public AuthenticationStatus responseUnauthorized() {
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    /**
     * The API by the address as sent or as the container resolved it: an odd address under {@code /api} ("..%2F..")
     * the container cannot map stays the API's (a bearer token's request is never sent to a login page).
     */
    private static boolean isApi(HttpServletRequest request) {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        return raw.startsWith("/api/")
                || raw.equals("/api")
                || Route.of(path(request)).filter(r -> r == Route.API).isPresent();
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        if (!isApi(request)) {
            boolean open = isPublic(request);
            HttpMessageContext page = open ? context : new ProtectedPage(context);
            HttpServletResponse answer =
                    open ? response : new ToKeycloakLogin(response, language(request), identityProvider(request));
            if (!open && sessionExpired(request)) {
                return toExpiredPage(request, response);
            }
            if (!open && request.getSession(false) == null && !keycloak.available()) {
                // A visitor who is not signed in would be sent to a login page that does not answer.
                return unavailable(response);
            }
            AuthenticationStatus carriedOn = carriedOn(request, context);
            if (carriedOn != null) {
                return carriedOn;
            }
            try {
                return web.validateRequest(request, answer, page);
            } catch (RuntimeException | AuthenticationException e) {
                if (open) {
                    return context.doNothing();
                }
                LOG.warning(() -> "Login unavailable: " + e);
                return unavailable(response);
            }
        }
        AuthenticationStatus status = api.validateRequest(request, response, new BearerToken(context));
        if (status == AuthenticationStatus.SEND_FAILURE) {
            // Go on unauthenticated: the role check then refuses with a 401 problem body that names the bad token.
            request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
            return context.doNothing();
        }
        return status;
    }

    /**
     * A session another node started and this one received replicated: the container knows its caller, but the OpenID
     * Connect mechanism's tokens did not come along (it would fail on them), so the login is carried on from what the
     * session kept ({@link SessionLogin}) — the same caller with the same groups. Null for every other request.
     */
    private AuthenticationStatus carriedOn(HttpServletRequest request, HttpMessageContext context) {
        if (request.getUserPrincipal() == null || request.getSession(false) == null) {
            return null;
        }
        SessionLogin login = SessionLogin.of(request.getSession(false));
        if (login == null
                || !login.username().equals(request.getUserPrincipal().getName())
                || openId.get().getAccessToken() != null) {
            return null;
        }
        return context.notifyContainerAboutLogin(request.getUserPrincipal(), new HashSet<>(login.groups()));
    }

    /**
     * A form sent from a page whose session has ended (60 minutes without use): the browser still names the old
     * session, which is gone. Sending the form on to a login would drop it silently and, for the forms' Ajax, answer
     * a login page where Faces expects XML; instead the user is told, on the Hub's own page, what happened.
     */
    private static boolean sessionExpired(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid();
    }

    private static AuthenticationStatus toExpiredPage(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        String target = request.getContextPath() + "/fejl?session=udloebet";
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // Faces' Ajax follows a redirect only when it is told so in its own XML.
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target
                                + "\"/></partial-response>");
            } else {
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", target);
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Keycloak does not answer: say so on the Hub's own page (503) instead of a failed login. */
    private static AuthenticationStatus unavailable(HttpServletResponse response) throws AuthenticationException {
        try {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    @Override
    public AuthenticationStatus secureResponse(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        return forRequest(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        forRequest(request).cleanSubject(request, response, context);
    }
}
