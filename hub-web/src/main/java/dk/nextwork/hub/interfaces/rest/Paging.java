package dk.nextwork.hub.interfaces.rest;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Page;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Paged lists in the API: {@code ?page=} (from 1) and {@code ?size=} (up to {@link Page#MAX_SIZE}) in, the page's
 * items as the body out, with the total in {@code X-Total-Count} and the neighbouring pages as RFC 8288 links
 * ({@code first}, {@code prev}, {@code next}, {@code last}).
 */
public final class Paging {

    /** The page size when the caller names none. */
    public static final int DEFAULT_SIZE = 50;

    private Paging() {}

    /** A query parameter as a whole number; a missing one is the fallback, anything else not a number is refused. */
    public static int number(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(List.of(FieldProblem.of(field, "problem.page.notNumber", value)));
        }
    }

    /**
     * The page as the answer's body and headers. A page past the list's end is refused naming {@code page} and how
     * many pages there are (the service answers the last page instead): a client following the {@code next} links never
     * gets there, and one counting pages must not loop on the last page forever.
     *
     * @throws InvalidInputException naming {@code page}
     */
    public static <T> Response of(Page<T> page, UriInfo uri) {
        int asked = number("page", uri.getQueryParameters().getFirst("page"), 1);
        if (asked > page.number()) {
            throw new InvalidInputException(List.of(FieldProblem.of("page", "problem.page.beyond", page.pages())));
        }
        Response.ResponseBuilder response = Response.ok(
                        new GenericEntity<>(page.items()) {
                            // The list's element type, for JSON-B.
                        })
                .header("X-Total-Count", page.total());
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 1, page.size(), "first"));
        if (page.hasPrevious()) {
            links.add(link(uri, page.number() - 1, page.size(), "prev"));
        }
        if (page.hasNext()) {
            links.add(link(uri, page.number() + 1, page.size(), "next"));
        }
        links.add(link(uri, page.pages(), page.size(), "last"));
        return response.links(links.toArray(Link[]::new)).build();
    }

    private static Link link(UriInfo uri, int number, int size, String rel) {
        return Link.fromUri(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", number)
                        .replaceQueryParam("size", size)
                        .build())
                .rel(rel)
                .build();
    }
}
