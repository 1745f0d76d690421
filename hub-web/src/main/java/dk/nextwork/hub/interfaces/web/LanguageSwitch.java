package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.interfaces.http.Route;
import dk.nextwork.hub.interfaces.security.CrossSitePosts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The header's language buttons (DA, EN) post here: a plain form on every page, so that a page without a form of its
 * own keeps no Faces view state and is written out as it renders. The choice goes into the session, a cookie (a year)
 * and, for a signed-in user, the mails' language; then back to the same page ({@code tilbage}, with its own address
 * parameters, {@code parametre}), which on an error page is the address that failed, told in the other language.
 */
@WebServlet("/sprog")
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** An address of the Hub's own: from its root, no other host, nothing a header could be split with. */
    private static final Pattern ADDRESS = Pattern.compile("/(?!/)[A-Za-z0-9._~/-]{0,200}");

    /** A {@code .} or {@code ..} segment, which no page's address has. */
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.\\.?(/|$)");

    /** The address's own parameters, as the browser sent them (percent-encoded). */
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9._~%&=+-]{1,1000}");

    @Inject
    transient Language language;

    /** The cookie only over HTTPS where the Hub is served so ({@code hub.cookie.secure}, as the session's). */
    @Inject
    @ConfigProperty(name = "hub.cookie.secure", defaultValue = "false")
    transient boolean secure;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CrossSitePosts.refused(request, response)) {
            return;
        }
        String asked = request.getParameter("sprog");
        Locale chosen =
                "EN".equalsIgnoreCase(asked) ? Locale.ENGLISH : "DA".equalsIgnoreCase(asked) ? Language.DANISH : null;
        if (chosen == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        language.choose(chosen);
        Cookie cookie = new Cookie(Language.COOKIE, chosen.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + back(request));
    }

    /** The page the buttons were on, or the start page for an address that is none of the Hub's pages to go back to. */
    private static String back(HttpServletRequest request) {
        String page = request.getParameter("tilbage");
        if (page == null
                || !ADDRESS.matcher(page).matches()
                || DOT_SEGMENT.matcher(page).find()
                || page.contains("//")
                || Route.of(page)
                        .filter(r -> r == Route.LANGUAGE || r == Route.LOGOUT)
                        .isPresent()) {
            return "/";
        }
        String query = request.getParameter("parametre");
        return query == null || !QUERY.matcher(query).matches() ? page : page + "?" + query;
    }
}
