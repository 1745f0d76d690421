package dk.nextwork.hub.interfaces.rest;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.interfaces.http.Problem;
import dk.nextwork.hub.interfaces.i18n.AcceptLanguage;
import dk.nextwork.hub.interfaces.i18n.Messages;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that leaves a resource into a problem body with the right status, in the caller's language.
 * JAX-RS picks the mapper of the closest exception type, and Jersey brings its own for validation and JSON errors, so
 * there is one mapper per family here, all answering the same way.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** The common base: the request's security context, to tell 401 from 403, and its language. */
    abstract static class Base<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        SecurityContext security;

        @Context
        HttpServletRequest request;

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(E exception) {
            return new Answer(AcceptLanguage.of(headers)).problem(exception, security, request);
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

    @Provider
    public static class StrictJson extends Base<StrictJsonReader.BadBody> {}

    /** One answer, in one language. */
    private record Answer(Locale locale) {

        Response problem(Throwable exception, SecurityContext security, HttpServletRequest request) {
            Throwable e = unwrap(exception);
            if (e instanceof ForbiddenException || e instanceof NotAuthorizedException) {
                // Jersey answers 403 for a missing token too; a caller without a valid token is unauthorized.
                if (security == null || security.getUserPrincipal() == null) {
                    boolean rejected =
                            request != null && request.getAttribute(HubAuthenticationMechanism.INVALID_TOKEN) != null;
                    return withChallenge(respond(
                            Status.UNAUTHORIZED, Message.of(rejected ? "api.token.invalid" : "api.token.required")));
                }
                return respond(Status.FORBIDDEN, Message.of("api.forbidden"));
            }
            if (e instanceof StrictJsonReader.BadBody bad) {
                return invalid(bad.problems());
            }
            if (hasCause(e, JsonParsingException.class) || hasCause(e, JsonbException.class)) {
                return respond(Status.BAD_REQUEST, Message.of("api.json.invalid"));
            }
            if (e instanceof WebApplicationException web) {
                Response.StatusType status = web.getResponse().getStatusInfo();
                return respond(status, Message.of("api.status." + status.getStatusCode()));
            }
            if (e instanceof ConstraintViolationException violations) {
                return invalid(violations.getConstraintViolations().stream()
                        .map(ProblemMappers::fieldProblem)
                        .toList());
            }
            if (e instanceof ValidationException) {
                return respond(Status.BAD_REQUEST, Message.of("api.status.400"));
            }
            if (e instanceof InvalidInputException invalid) {
                return invalid(invalid.problems());
            }
            if (e instanceof AccessDeniedException denied) {
                return respond(Status.FORBIDDEN, denied.message());
            }
            if (e instanceof NotFoundException notFound) {
                return respond(Status.NOT_FOUND, notFound.message());
            }
            if (e instanceof ConflictException conflict) {
                return respond(Status.CONFLICT, conflict.message());
            }
            if (e instanceof dk.nextwork.hub.application.UnavailableException unavailable) {
                return Response.fromResponse(respond(Status.SERVICE_UNAVAILABLE, unavailable.message()))
                        .header("Retry-After", "30")
                        .build();
            }
            if (optimisticLock(e)) {
                // Two saves raced on one version and this one lost: say so, never the library's own text.
                return respond(Status.CONFLICT, Message.of("conflict.concurrent"));
            }
            if (e instanceof ProcessingException) {
                return respond(Status.BAD_REQUEST, Message.of("api.body.unreadable"));
            }
            if (commitFailed(e)) {
                // The connection went away while the transaction committed: the database may or may not have kept it.
                LOG.log(Level.WARNING, "The database dropped a connection while committing: {0}", e.toString());
                return Response.fromResponse(Problem.response(
                                Status.SERVICE_UNAVAILABLE,
                                title(Status.SERVICE_UNAVAILABLE),
                                text(Message.of("api.status.503.commit")),
                                List.of(),
                                Problem.OUTCOME_UNKNOWN))
                        .header("Retry-After", "5")
                        .build();
            }
            if (databaseUnavailable(e)) {
                // The connection went away mid-request; the pool replaces it. Nothing was saved: try again shortly.
                LOG.log(Level.WARNING, "The database dropped a connection during an API request: {0}", e.toString());
                return Response.fromResponse(respond(Status.SERVICE_UNAVAILABLE, Message.of("api.status.503")))
                        .header("Retry-After", "5")
                        .build();
            }
            LOG.log(Level.SEVERE, "Unexpected error in the API", exception);
            return respond(Status.INTERNAL_SERVER_ERROR, Message.of("api.status.500"));
        }

        private Response invalid(List<FieldProblem> problems) {
            List<Problem.FieldError> errors = problems.stream()
                    .map(p ->
                            new Problem.FieldError(p.field(), p.message().key(), Messages.format(p.message(), locale)))
                    .toList();
            return Problem.response(
                    Status.BAD_REQUEST, title(Status.BAD_REQUEST), text(Message.of("api.invalid")), errors);
        }

        private Response respond(Response.StatusType status, Message detail) {
            return Problem.response(status, title(status), text(detail), List.of());
        }

        private String title(Response.StatusType status) {
            String key = "api.title." + status.getStatusCode();
            return Messages.has(key, locale) ? Messages.text(key, locale) : status.getReasonPhrase();
        }

        private String text(Message message) {
            return Messages.format(message, locale);
        }
    }

    private static Response withChallenge(Response response) {
        return Response.fromResponse(response)
                .header("WWW-Authenticate", "Bearer realm=\"nextwork-hub\"")
                .build();
    }

    /**
     * A Bean Validation problem by the key of its message template ({@code {hub.version.required}}), so its words come
     * from the same bundle; the field as callers know it, not the Java method and parameter.
     */
    private static FieldProblem fieldProblem(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // "changeStatus.change.status" → "status"; "start.draft" (the body itself) → "body".
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : "body";
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            return new FieldProblem(field, Message.of(template.substring(1, template.length() - 1)));
        }
        return new FieldProblem(field, Message.of("api.field.invalid"));
    }

    /** Two saves of one version raced and this one lost, wherever JPA or EclipseLink wrapped the news. */
    private static boolean optimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transaction manager could not finish a commit (the resource failed during completion): whether the database
     * kept the change is not known.
     */
    private static boolean commitFailed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.transaction.SystemException
                    || t instanceof jakarta.transaction.HeuristicMixedException
                    || t instanceof javax.transaction.xa.XAException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A lost or refused database connection anywhere in the cause chain: SQL state class 08, or 57P (the server shut
     * the connection down); or the connection pool's own news, which carries no SQL state: it could not hand out a
     * connection (a connector {@code ResourceException}: "This Managed Connection is not valid", the pool exhausted),
     * or the connection in use was thrown away under the request ("Connection closed", "Invalid Connection") when the
     * pool found a dead one and dropped them all.
     */
    private static boolean databaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || t instanceof jakarta.resource.ResourceException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() == null && raisedByPool(sql)) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the connection pool (Payara's JDBC resource adapter), not the driver, raised this. */
    private static boolean raisedByPool(java.sql.SQLException sql) {
        StackTraceElement[] frames = sql.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith("com.sun.gjc.");
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
