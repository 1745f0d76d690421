package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.interfaces.http.Problem;
import dk.nextwork.hub.interfaces.i18n.AcceptLanguage;
import dk.nextwork.hub.interfaces.i18n.Messages;
import dk.nextwork.hub.interfaces.security.InputGuard;
import jakarta.faces.application.ViewExpiredException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where the container sends every error it answers itself (web.xml's error pages): for the API a problem body in the
 * caller's language, like every other API error; for a page the Hub's own error page, which says what happened and
 * offers a way back. Never the server's own page, its name or its version.
 */
@WebServlet("/fejl")
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();
    /** Request attributes: the address that failed and its parameters, for the header's language buttons. */
    static final String FAILED_PATH = "hubErrorPath";

    static final String FAILED_QUERY = "hubErrorQuery";

    /** The statuses the error page has words for (others are told as "something went wrong"). */
    private static final Set<Integer> PAGE_STATUSES = Set.of(400, 403, 404, 405, 406, 415, 500, 503);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null
                ? ""
                : uri.toString()
                        .substring(Math.min(
                                uri.toString().length(),
                                request.getContextPath().length()));
        if (path.startsWith("/api")) {
            Locale locale = AcceptLanguage.of(request);
            String titleKey = "api.title." + status;
            String detailKey = "api.status." + status;
            Problem problem = new Problem(
                    "about:blank",
                    Messages.has(titleKey, locale) ? Messages.text(titleKey, locale) : "HTTP " + status,
                    status,
                    Messages.format(Message.of(Messages.has(detailKey, locale) ? detailKey : "api.status.400"), locale),
                    List.of());
            response.setStatus(status);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.toJson(problem));
            return;
        }
        if (code == null && "udloebet".equals(request.getParameter("session"))) {
            // Sent here by the login when a form arrived from a page whose session had ended.
            request.setAttribute("hubErrorKey", "expired");
            show(request, response, "/fejl", "session=udloebet");
            return;
        }
        if (code == null && "udloebet".equals(request.getParameter("siden"))) {
            // Sent here by an Ajax request whose page the server no longer held (see below).
            request.setAttribute("hubErrorKey", "stale");
            request.setAttribute("hubErrorStatus", HttpServletResponse.SC_BAD_REQUEST);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(request, response, "/fejl", "siden=udloebet");
            return;
        }
        String asked = request.getParameter("status");
        if (code == null
                && asked != null
                && asked.matches("\\d{3}")
                && PAGE_STATUSES.contains(Integer.valueOf(asked))) {
            // Sent here by an Ajax request that failed (see below).
            status = Integer.parseInt(asked);
            response.setStatus(status);
            request.setAttribute("hubErrorStatus", status);
            request.setAttribute("hubErrorKey", asked);
            show(request, response, "/fejl", "status=" + asked);
            return;
        }
        if (code == null) {
            // Not an error: nobody links here.
            status = HttpServletResponse.SC_NOT_FOUND;
            response.setStatus(status);
        }
        boolean stale = stale(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
                || request.getAttribute(InputGuard.STALE_FORM) != null;
        int shown = PAGE_STATUSES.contains(status) ? status : 500;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // Faces' Ajax (an autosave) expects its own XML and follows a redirect only when told so in it.
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + request.getContextPath() + "/fejl?" + (stale ? "siden=udloebet" : "status=" + shown)
                            + "\"/></partial-response>");
            return;
        }
        if (stale) {
            request.setAttribute("hubErrorKey", "stale");
            request.setAttribute("hubErrorStatus", HttpServletResponse.SC_BAD_REQUEST);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            show(request, response, path, request.getQueryString());
            return;
        }
        request.setAttribute("hubErrorStatus", shown);
        request.setAttribute("hubErrorKey", String.valueOf(shown));
        show(request, response, path, request.getQueryString());
    }

    /**
     * Renders the error page as a page of its own: a GET without the failed request's parameters, whatever the request
     * was. A form posted to a page that then failed (or to an error page) must not be taken up by the error page as
     * its own form: its actions would run — a language switch, or worse — while the error is being told.
     */
    private static void show(HttpServletRequest request, HttpServletResponse response, String path, String query)
            throws ServletException, IOException {
        // Where the user was, so the error page's language switch can show the same error in the other language.
        request.setAttribute(FAILED_PATH, path.isEmpty() ? "/" : path);
        request.setAttribute(FAILED_QUERY, query == null ? "" : query);
        request.getRequestDispatcher("/fejl.xhtml").forward(new FreshGet(request), response);
    }

    /** The request as a plain GET without parameters. */
    private static final class FreshGet extends HttpServletRequestWrapper {
        FreshGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public String getHeader(String name) {
            // Not Faces' Ajax any more: the page is answered whole.
            return "Faces-Request".equalsIgnoreCase(name) ? null : super.getHeader(name);
        }
    }

    /**
     * A form whose page the server no longer holds or never gave out: Faces' view state gone with the session, stale,
     * from another session or forged.
     */
    private static boolean stale(Object thrown) {
        for (Throwable t = thrown instanceof Throwable x ? x : null; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }
}
