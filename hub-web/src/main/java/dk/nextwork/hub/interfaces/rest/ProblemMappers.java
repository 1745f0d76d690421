package dk.nextwork.hub.interfaces.rest;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.interfaces.security.HubAuthenticationMechanism;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into a problem body with the right status. JAX-RS picks the mapper of
 * the closest exception type, and Jersey brings its own for validation and JSON errors, so there is one mapper per
 * family here, all answering the same way.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** The common base: the request's security context, to tell 401 from 403. */
    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        SecurityContext security;

        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(E exception) {
            return problem(exception, security, request);
        }
    }

    @Provider
    public static class Anything extends Base<Throwable> {}

    @Provider
    public static class WebApplication extends Base<WebApplicationException> {}

    @Provider
    public static class Validation extends Base<ValidationException> {}

    @Provider
    public static class Json extends Base<JsonbException> {}

    @Provider
    public static class JsonParsing extends Base<JsonParsingException> {}

    @Provider
    public static class Processing extends Base<ProcessingException> {}

    static Response problem(Throwable exception, SecurityContext security, HttpServletRequest request) {
        Throwable e = unwrap(exception);
        if (e instanceof ForbiddenException || e instanceof NotAuthorizedException) {
            // Jersey answers 403 for a missing token too; a caller without a valid token is unauthorized.
            if (security == null || security.getUserPrincipal() == null) {
                boolean rejected =
                        request != null && request.getAttribute(HubAuthenticationMechanism.INVALID_TOKEN) != null;
                return withChallenge(Problem.response(
                        Status.UNAUTHORIZED,
                        rejected ? "The bearer token is invalid or expired." : "A Keycloak bearer token is required."));
            }
            return Problem.response(Status.FORBIDDEN, "Your role does not give access to this.");
        }
        if (hasCause(e, JsonParsingException.class) || hasCause(e, JsonbException.class)) {
            return Problem.response(Status.BAD_REQUEST, "The request body is not valid JSON for this resource.");
        }
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problem.response(status, detailFor(status));
        }
        if (e instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(ProblemMappers::fieldError)
                    .toList();
            return Problem.response(Status.BAD_REQUEST, "The request has invalid fields.", errors);
        }
        if (e instanceof ValidationException) {
            return Problem.response(Status.BAD_REQUEST, e.getMessage());
        }
        if (e instanceof InvalidInputException invalid) {
            List<Problem.FieldError> errors = invalid.problems().stream()
                    .map(p -> new Problem.FieldError(p.field(), p.message()))
                    .toList();
            return Problem.response(Status.BAD_REQUEST, "The request has invalid fields. Nothing was saved.", errors);
        }
        if (e instanceof AccessDeniedException) {
            return Problem.response(Status.FORBIDDEN, e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return Problem.response(Status.NOT_FOUND, e.getMessage());
        }
        if (e instanceof ConflictException || e instanceof OptimisticLockException) {
            return Problem.response(Status.CONFLICT, e.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return Problem.response(Status.BAD_REQUEST, e.getMessage());
        }
        if (e instanceof ProcessingException) {
            return Problem.response(Status.BAD_REQUEST, "The request body could not be read.");
        }
        LOG.log(Level.SEVERE, "Unexpected error in the API", exception);
        return Problem.response(Status.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Nothing was saved.");
    }

    private static Response withChallenge(Response response) {
        return Response.fromResponse(response)
                .header("WWW-Authenticate", "Bearer realm=\"nextwork-hub\"")
                .build();
    }

    private static String detailFor(Response.StatusType status) {
        return switch (status.getStatusCode()) {
            case 400 -> "The request could not be understood.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This method is not allowed here.";
            case 406 -> "This resource answers in JSON only.";
            case 415 -> "Send JSON (Content-Type: application/json).";
            default -> status.getReasonPhrase();
        };
    }

    private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "changeStatus.change.status" → "status": callers know fields, not Java methods and parameters.
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : path;
        return new Problem.FieldError(field, violation.getMessage());
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
