package dk.nextwork.hub.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
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

    public static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !"same-origin".equals(site.trim().toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        try {
            URI from = new URI(origin.trim());
            // The host and port as the browser addressed the Hub; the scheme may differ behind a proxy ending TLS.
            String authority =
                    from.getHost() == null ? null : from.getHost() + (from.getPort() < 0 ? "" : ":" + from.getPort());
            return authority == null || host == null || !authority.equalsIgnoreCase(withoutDefaultPort(host, from));
        } catch (URISyntaxException e) {
            return true; // "null" (a sandboxed frame, a redirect from elsewhere) or anything unreadable
        }
    }

    /** {@code localhost:443} as an https origin writes it ({@code localhost}), and so for port 80 and http. */
    private static String withoutDefaultPort(String host, URI origin) {
        String scheme = origin.getScheme() == null ? "" : origin.getScheme();
        if ((scheme.equals("https") && host.endsWith(":443")) || (scheme.equals("http") && host.endsWith(":80"))) {
            return host.substring(0, host.lastIndexOf(':'));
        }
        return host;
    }
}
