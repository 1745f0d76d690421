package dk.nextwork.hub.interfaces.rest;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.UnavailableException;
import dk.nextwork.hub.interfaces.http.Problem;
import dk.nextwork.hub.interfaces.i18n.AcceptLanguage;
import dk.nextwork.hub.interfaces.i18n.Messages;
import dk.nextwork.hub.interfaces.security.HubAuthenticationMechanism;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.resource.ResourceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.SystemException;
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
import jakarta.ws.rs.ext.Providers;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAException;

/**
 * Turns every exception that leaves a resource into a problem body with the right status, in the caller's language:
 * one mapper per exception type, each saying what its type means. JAX-RS picks the mapper of the closest type, and
 * Jersey brings its own for validation and JSON errors, so those types have a mapper here too; what has none of its
 * own (a lost database connection, a fault) comes to {@link Anything}.
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
            return answer(exception, new Answer(AcceptLanguage.of(headers)));
        }

        abstract Response answer(E exception, Answer answer);

        /**
         * A caller the role check refused: Jersey answers 403 for a missing token too, but a caller without a valid
         * token is unauthorized.
         */
        Response refusedCaller(Answer answer) {
            if (security == null || security.getUserPrincipal() == null) {
                boolean rejected =
                        request != null && request.getAttribute(HubAuthenticationMechanism.INVALID_TOKEN) != null;
                return withChallenge(answer.respond(
                        Status.UNAUTHORIZED, Message.of(rejected ? "api.token.invalid" : "api.token.required")));
            }
            return answer.respond(Status.FORBIDDEN, Message.of("api.forbidden"));
        }
    }

    /** No role the operation allows. */
    @Provider
    public static class Forbidden extends Base<ForbiddenException> {
        @Override
        Response answer(ForbiddenException exception, Answer answer) {
            return refusedCaller(answer);
        }
    }

    /** No valid token. */
    @Provider
    public static class NotAuthorized extends Base<NotAuthorizedException> {
        @Override
        Response answer(NotAuthorizedException exception, Answer answer) {
            return refusedCaller(answer);
        }
    }

    /** A body the strict reader refused, naming the field at fault. */
    @Provider
    public static class StrictJson extends Base<StrictJsonReader.BadBody> {
        @Override
        Response answer(StrictJsonReader.BadBody exception, Answer answer) {
            return answer.invalid(exception.problems());
        }
    }

    /** Jersey's own answers (404, 405, 406, 415 …) in words; a body that is no JSON as such. */
    @Provider
    public static class WebApplication extends Base<WebApplicationException> {
        @Override
        Response answer(WebApplicationException exception, Answer answer) {
            if (notJson(exception)) {
                return answer.notJson();
            }
            Response.StatusType status = exception.getResponse().getStatusInfo();
            return answer.respond(status, Message.of("api.status." + status.getStatusCode()));
        }
    }

    /** Bean Validation's refusal, each field by its message's key. */
    @Provider
    public static class ConstraintViolations extends Base<ConstraintViolationException> {
        @Override
        Response answer(ConstraintViolationException exception, Answer answer) {
            return answer.invalid(exception.getConstraintViolations().stream()
                    .map(ProblemMappers::fieldProblem)
                    .toList());
        }
    }

    /** Bean Validation failing otherwise. */
    @Provider
    public static class Validation extends Base<ValidationException> {
        @Override
        Response answer(ValidationException exception, Answer answer) {
            return answer.respond(Status.BAD_REQUEST, Message.of("api.status.400"));
        }
    }

    /** A body JSON-B could not bind, or a JSON parser could not read. */
    @Provider
    public static class Json extends Base<JsonbException> {
        @Override
        Response answer(JsonbException exception, Answer answer) {
            return answer.notJson();
        }
    }

    @Provider
    public static class JsonParsing extends Base<JsonParsingException> {
        @Override
        Response answer(JsonParsingException exception, Answer answer) {
            return answer.notJson();
        }
    }

    /** A body Jersey could not read: no JSON, or not what the operation takes. */
    @Provider
    public static class Processing extends Base<ProcessingException> {
        @Override
        Response answer(ProcessingException exception, Answer answer) {
            if (notJson(exception)) {
                return answer.notJson();
            }
            return answer.respond(Status.BAD_REQUEST, Message.of("api.body.unreadable"));
        }
    }

    /** The services' refusals, each with its status and the service's own words. 400: the fields at fault. */
    @Provider
    public static class InvalidInput extends Base<InvalidInputException> {
        @Override
        Response answer(InvalidInputException exception, Answer answer) {
            return answer.invalid(exception.problems());
        }
    }

    /** 403: the caller may see this but not do this. */
    @Provider
    public static class AccessDenied extends Base<AccessDeniedException> {
        @Override
        Response answer(AccessDeniedException exception, Answer answer) {
            return answer.respond(Status.FORBIDDEN, exception.message());
        }
    }

    /** 404: it does not exist, or the caller may not know that it does. */
    @Provider
    public static class NotFound extends Base<NotFoundException> {
        @Override
        Response answer(NotFoundException exception, Answer answer) {
            return answer.respond(Status.NOT_FOUND, exception.message());
        }
    }

    /** 409: not in the current state, such as a stale version; the words say what changed. */
    @Provider
    public static class Conflict extends Base<ConflictException> {
        @Override
        Response answer(ConflictException exception, Answer answer) {
            return answer.respond(Status.CONFLICT, exception.message());
        }
    }

    /** 503: a system the change needs does not answer; nothing was changed, and trying later may work. */
    @Provider
    public static class Unavailable extends Base<UnavailableException> {
        @Override
        Response answer(UnavailableException exception, Answer answer) {
            return Response.fromResponse(answer.respond(Status.SERVICE_UNAVAILABLE, exception.message()))
                    .header("Retry-After", "30")
                    .build();
        }
    }

    /**
     * An EJB's system exception is answered as what it wraps, by that type's mapper (a bean validation of an EJB's
     * parameters, a lost race for a version, a lost connection).
     */
    @Provider
    public static class Ejb extends Base<EJBException> {
        @Context
        Providers providers;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        Response answer(EJBException exception, Answer answer) {
            Throwable cause = unwrap(exception);
            if (cause == exception) {
                return Anything.unexpected(exception, answer);
            }
            ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
            return mapper == null ? Anything.unexpected(cause, answer) : mapper.toResponse(cause);
        }
    }

    /** Everything without a mapper of its own: the database's news by its cause, else 500. */
    @Provider
    public static class Anything extends Base<Throwable> {
        @Override
        Response answer(Throwable exception, Answer answer) {
            return unexpected(exception, answer);
        }

        static Response unexpected(Throwable e, Answer answer) {
            if (notJson(e)) {
                return answer.notJson();
            }
            if (optimisticLock(e)) {
                // Two saves raced on one version and this one lost: say so, never the library's own text.
                return answer.respond(Status.CONFLICT, Message.of("conflict.concurrent"));
            }
            if (commitFailed(e)) {
                // The connection went away while the transaction committed: the database may or may not have kept it.
                LOG.log(Level.WARNING, "The database dropped a connection while committing: {0}", e.toString());
                return Response.fromResponse(Problem.response(
                                Status.SERVICE_UNAVAILABLE,
                                answer.title(Status.SERVICE_UNAVAILABLE),
                                answer.text(Message.of("api.status.503.commit")),
                                List.of(),
                                Problem.OUTCOME_UNKNOWN))
                        .header("Retry-After", "5")
                        .build();
            }
            if (databaseUnavailable(e)) {
                // The connection went away mid-request; the pool replaces it. Nothing was saved: try again shortly.
                LOG.log(Level.WARNING, "The database dropped a connection during an API request: {0}", e.toString());
                return Response.fromResponse(answer.respond(Status.SERVICE_UNAVAILABLE, Message.of("api.status.503")))
                        .header("Retry-After", "5")
                        .build();
            }
            LOG.log(Level.SEVERE, "Unexpected error in the API", e);
            return answer.respond(Status.INTERNAL_SERVER_ERROR, Message.of("api.status.500"));
        }
    }

    /** One answer, in one language. */
    record Answer(Locale locale) {

        Response invalid(List<FieldProblem> problems) {
            List<Problem.FieldError> errors = problems.stream()
                    .map(p ->
                            new Problem.FieldError(p.field(), p.message().key(), Messages.format(p.message(), locale)))
                    .toList();
            return Problem.response(
                    Status.BAD_REQUEST, title(Status.BAD_REQUEST), text(Message.of("api.invalid")), errors);
        }

        /** A body that is no JSON (or not the JSON the operation takes). */
        Response notJson() {
            return respond(Status.BAD_REQUEST, Message.of("api.json.invalid"));
        }

        Response respond(Response.StatusType status, Message detail) {
            return Problem.response(status, title(status), text(detail), List.of());
        }

        String title(Response.StatusType status) {
            String key = "api.title." + status.getStatusCode();
            return Messages.has(key, locale) ? Messages.text(key, locale) : status.getReasonPhrase();
        }

        String text(Message message) {
            return Messages.format(message, locale);
        }
    }

    /** A body that is no JSON, wherever Jersey or JSON-B wrapped the news. */
    private static boolean notJson(Throwable e) {
        return hasCause(e, JsonParsingException.class) || hasCause(e, JsonbException.class);
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
            if (t instanceof SystemException || t instanceof HeuristicMixedException || t instanceof XAException) {
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
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || t instanceof ResourceException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() == null && raisedByPool(sql)) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the connection pool (Payara's JDBC resource adapter), not the driver, raised this. */
    private static boolean raisedByPool(SQLException sql) {
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
