package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.interfaces.rest.Problem;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Where the container sends every error it answers itself (web.xml's error pages): for the API a problem body in the
 * caller's language, like every other API error; for a page the Hub's own error page, which says what happened and
 * offers a way back. Never the server's own page, its name or its version.
 */
@WebServlet("/fejl")
public class ErrorPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();
    /** The statuses the error page has words for (others are told as "something went wrong"). */
    private static final java.util.Set<Integer> PAGE_STATUSES =
            java.util.Set.of(400, 403, 404, 405, 406, 415, 500, 503);

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
            Locale locale = english(request.getHeader("Accept-Language")) ? Locale.ENGLISH : Language.DANISH;
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
            request.getRequestDispatcher("/fejl.xhtml").forward(request, response);
            return;
        }
        if (viewExpired(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
            request.setAttribute("hubErrorKey", "expired");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            request.getRequestDispatcher("/fejl.xhtml").forward(request, response);
            return;
        }
        int shown = PAGE_STATUSES.contains(status) ? status : 500;
        request.setAttribute("hubErrorStatus", shown);
        request.setAttribute("hubErrorKey", String.valueOf(shown));
        request.getRequestDispatcher("/fejl.xhtml").forward(request, response);
    }

    /** A form's page that the server no longer holds (Faces' view state is gone with the session). */
    private static boolean viewExpired(Object thrown) {
        for (Throwable t = thrown instanceof Throwable x ? x : null; t != null; t = t.getCause()) {
            if (t instanceof jakarta.faces.application.ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    static boolean english(String acceptLanguage) {
        if (acceptLanguage == null) {
            return false;
        }
        for (String range : acceptLanguage.split(",")) {
            String tag = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (tag.startsWith("en")) {
                return true;
            }
            if (tag.startsWith("da")) {
                return false;
            }
        }
        return false;
    }
}
