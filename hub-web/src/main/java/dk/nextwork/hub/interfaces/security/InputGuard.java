package dk.nextwork.hub.interfaces.security;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.interfaces.rest.Problem;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.Messages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses, before anything else sees it, a request parameter (query string or form field, on pages and the API alike)
 * that no text in the Hub may hold — a NUL character, which PostgreSQL cannot store — and an address that climbs out
 * of where it points ({@code ..}, encoded slashes). The API answers a 400 problem
 * naming the parameter; a page answers 400. Request bodies in JSON are checked field by field by the strict reader.
 */
@WebFilter(urlPatterns = "/*")
public class InputGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Reading the parameters fixes their encoding: the Hub's forms are UTF-8, so say so first.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        boolean traversal = traversal(raw);
        String bad = traversal ? "path" : parameterWithNul(request);
        if (bad == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!raw.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = english(request) ? Locale.ENGLISH : Language.DANISH;
        Message problem = Message.of(traversal ? "problem.path.traversal" : "problem.text.nul");
        Problem body = new Problem(
                "about:blank",
                Messages.text("api.title.400", locale),
                400,
                Messages.format(Message.of("api.invalid"), locale),
                List.of(new Problem.FieldError(bad, problem.key(), Messages.format(problem, locale))));
        response.setStatus(400);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(body));
    }

    /**
     * An address that climbs out of where it points ({@code ..}, or an encoded slash, backslash or dot that the server
     * would decode into one): no address of the Hub needs them, and under {@code /api} they would lead to a page.
     */
    private static boolean traversal(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        return lower.contains("%2f")
                || lower.contains("%5c")
                || lower.contains("%2e")
                || lower.contains("/../")
                || lower.endsWith("/..")
                || lower.contains("/./");
    }

    /** The first parameter whose name or a value holds a NUL character, or null. */
    private static String parameterWithNul(HttpServletRequest request) {
        try {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                if (parameter.getKey().indexOf('\0') >= 0) {
                    return parameter.getKey().replace('\0', '?');
                }
                for (String value : parameter.getValue()) {
                    if (value != null && value.indexOf('\0') >= 0) {
                        return parameter.getKey();
                    }
                }
            }
            return null;
        } catch (IllegalStateException | IllegalArgumentException e) {
            return "body"; // a form the container cannot read
        }
    }

    private static boolean english(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Language");
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
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
