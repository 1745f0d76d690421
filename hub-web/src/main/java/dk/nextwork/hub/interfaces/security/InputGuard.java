package dk.nextwork.hub.interfaces.security;

import dk.nextwork.hub.application.FreeText;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.interfaces.http.Problem;
import dk.nextwork.hub.interfaces.http.Route;
import dk.nextwork.hub.interfaces.i18n.AcceptLanguage;
import dk.nextwork.hub.interfaces.i18n.Messages;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses, before anything else sees it, an address that climbs out of where it points ({@code ..}, encoded slashes),
 * and a request parameter that no text in the Hub may hold: on the API any parameter {@link FreeText} refuses (a
 * control character, a CPR number in a search) with a 400 problem naming it; on pages a NUL character, which
 * PostgreSQL cannot store, with 400 — the pages' fields answer everything else at the field (FreeTextValidator).
 * Request bodies in JSON are checked field by field by the strict reader.
 */
@WebFilter(urlPatterns = "/*")
public class InputGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    /** Request attribute: a form came with a view state the Hub never gives out, which the error page tells as stale. */
    public static final String STALE_FORM = "hub.stale-form";

    /** A form claiming a page kept by the browser ("stateless"): the Hub keeps every page's state itself. */
    private static boolean statelessForm(HttpServletRequest request) {
        // Any method: Faces takes a request carrying a view state for a form post, a GET too.
        return "stateless".equalsIgnoreCase(request.getParameter("jakarta.faces.ViewState"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Reading the parameters fixes their encoding: the Hub's forms are UTF-8, so say so first.
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        boolean traversal = traversal(raw);
        // The API by the address as sent, or as the container resolved it ("//api/x" is the API too).
        boolean api = raw.startsWith("/api/")
                || Route.of(Route.address(request)).filter(r -> r == Route.API).isPresent();
        Map.Entry<String, FreeText.Fault> bad =
                traversal ? Map.entry("path", FreeText.Fault.NUL) : badParameter(request, api);
        if (bad == null && !api && statelessForm(request)) {
            // Faces would try to build the page afresh from the post and fail: to the user, the page has expired.
            request.setAttribute(STALE_FORM, Boolean.TRUE);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (bad == null) {
            chain.doFilter(foreignLineBreaks(request) ? new PlainLineBreaks(request) : request, response);
            return;
        }
        if (!api) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Locale locale = AcceptLanguage.of(request);
        Message problem =
                Message.of(traversal ? "problem.path.traversal" : bad.getValue().key());
        Problem body = new Problem(
                "about:blank",
                Messages.text("api.title.400", locale),
                400,
                Messages.format(Message.of("api.invalid"), locale),
                List.of(new Problem.FieldError(bad.getKey(), problem.key(), Messages.format(problem, locale))));
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

    /**
     * The first parameter whose name or a value the Hub refuses, with why, or null: on the API whatever {@link FreeText}
     * refuses, on pages a NUL character only.
     */
    private static Map.Entry<String, FreeText.Fault> badParameter(HttpServletRequest request, boolean api) {
        try {
            for (Map.Entry<String, String[]> parameter :
                    request.getParameterMap().entrySet()) {
                String name = parameter.getKey();
                var nameFault = FreeText.fault(name).filter(f -> refused(f, api));
                if (nameFault.isPresent()) {
                    // A name the Hub refuses is not repeated back: it may be the CPR number itself.
                    return Map.entry("parameter", nameFault.get());
                }
                for (String value : parameter.getValue()) {
                    var fault = FreeText.fault(value).filter(f -> refused(f, api));
                    if (fault.isPresent()) {
                        return Map.entry(name, fault.get());
                    }
                }
            }
            return null;
        } catch (IllegalStateException | IllegalArgumentException e) {
            return Map.entry("body", FreeText.Fault.NUL); // a form the container cannot read
        }
    }

    /** Whether a parameter's value has a line break of another program's ({@link FreeText#normalised}). */
    private static boolean foreignLineBreaks(HttpServletRequest request) {
        for (String[] values : request.getParameterMap().values()) {
            for (String value : values) {
                if (value != null && FreeText.hasForeignLineBreak(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The request with every parameter's foreign line breaks made plain, so every field stores what XML can carry. */
    private static final class PlainLineBreaks extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        PlainLineBreaks(HttpServletRequest request) {
            super(request);
            Map<String, String[]> plain = new LinkedHashMap<>();
            request.getParameterMap()
                    .forEach((name, values) -> plain.put(
                            name,
                            Arrays.stream(values).map(FreeText::normalised).toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(plain);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }

    /**
     * What a parameter may not hold: on pages a NUL; on the API whatever the free-text rule refuses but length — a
     * search of any length is accepted (and cut to what the search reads); a parameter's size is the server's limit.
     */
    private static boolean refused(FreeText.Fault fault, boolean api) {
        return fault == FreeText.Fault.NUL || (api && fault != FreeText.Fault.TOO_LONG);
    }
}
