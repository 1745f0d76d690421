package dk.nextwork.hub.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Whether a form's post came from another site, for the header's own forms (language and logout), which are plain
 * HTML forms without a Faces view state or page nonce: a browser says where a post comes from ({@code Sec-Fetch-Site},
 * or in an older one {@code Origin}), and only the Hub's own pages may send one. The session cookie is {@code
 * SameSite=Lax} as well, so a post from another site would arrive without the session anyway; this refuses it before
 * it changes even the language of that anonymous visit. A client that is no browser sends neither header and is no
 * one's forged click.
 */
public final class CrossSitePosts {

    private CrossSitePosts() {}

    /** Answers 403 to a post from another site, and says so; a post from the Hub's own page is left to go on. */
    public static boolean refused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (fromAnotherSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return true;
        }
        return false;
    }

    static boolean fromAnotherSite(HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || host.isBlank()) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        return fromAnotherSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), host);
    }

    /**
     * @param site the browser's {@code Sec-Fetch-Site}, or null
     * @param origin the browser's {@code Origin}, or null
     * @param host the host and port the request was sent to ({@code Host})
     */
    static boolean fromAnotherSite(String site, String origin, String host) {
        if (site != null) {
            return !"same-origin".equals(site.trim().toLowerCase(Locale.ROOT));
        }
        if (origin == null) {
            return false;
        }
        // scheme://host[:port]; "null" (a sandboxed frame, a redirect from elsewhere) or anything else is refused. The
        // scheme is not compared: behind a proxy that ends TLS the Hub itself is asked over plain HTTP.
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        int authority = trimmed.indexOf("://");
        if (authority < 0 || trimmed.indexOf('/', authority + 3) >= 0) {
            return true;
        }
        String scheme = trimmed.substring(0, authority);
        String from = trimmed.substring(authority + 3);
        String to = host.trim().toLowerCase(Locale.ROOT);
        return from.isEmpty() || !(from.equals(to) || from.equals(withoutDefaultPort(to, scheme)));
    }

    /** {@code localhost:443} as an https origin writes it ({@code localhost}), and so for port 80 and http. */
    private static String withoutDefaultPort(String host, String scheme) {
        if ((scheme.equals("https") && host.endsWith(":443")) || (scheme.equals("http") && host.endsWith(":80"))) {
            return host.substring(0, host.lastIndexOf(':'));
        }
        return host;
    }
}
