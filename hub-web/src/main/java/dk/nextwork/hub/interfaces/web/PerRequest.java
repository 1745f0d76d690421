package dk.nextwork.hub.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value an application-scoped bean works out once per request and keeps among the request's attributes: what a
 * request-scoped bean would keep in a field, without that bean being made anew, with every injection, for every page.
 */
public final class PerRequest {

    private PerRequest() {}

    /**
     * The value kept under the key in this request, worked out the first time it is asked for. It may not be null (a
     * request attribute cannot hold null): a supplier must answer something, an empty list or zero.
     */
    @SuppressWarnings("unchecked")
    public static <T> T once(HttpServletRequest request, String key, Supplier<T> value) {
        Object kept = request.getAttribute(key);
        if (kept == null) {
            kept = Objects.requireNonNull(value.get(), key);
            request.setAttribute(key, kept);
        }
        return (T) kept;
    }
}
