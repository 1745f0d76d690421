package dk.nextwork.hub.interfaces.http;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem body: every API error has one, never a stack trace. Title, detail and field messages are in the
 * caller's language ({@code Accept-Language}; Danish by default).
 *
 * @param errors the fields at fault, for validation errors
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /**
     * One field at fault and what is wrong with it.
     *
     * @param field as the request names it, such as {@code keyFigures.enrolledYouth} or {@code actions[0].dueOn}
     * @param code the message's key, for programs
     * @param message what to do about it, in words
     */
    public record FieldError(String field, String code, String message) {}

    /**
     * The type of a problem where the request may or may not have taken effect (the database connection was lost while
     * committing): the caller should look before trying again.
     */
    public static final String OUTCOME_UNKNOWN = "tag:nextwork.dk,2026:hub/outcome-unknown";

    public static Response response(Response.StatusType status, String title, String detail, List<FieldError> errors) {
        return response(status, title, detail, errors, "about:blank");
    }

    public static Response response(
            Response.StatusType status, String title, String detail, List<FieldError> errors, String type) {
        Problem problem = new Problem(type, title, status.getStatusCode(), detail, errors);
        return Response.status(status.getStatusCode())
                .type(PROBLEM_JSON)
                .entity(problem)
                .build();
    }
}
