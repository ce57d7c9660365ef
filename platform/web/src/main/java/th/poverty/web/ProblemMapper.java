package th.poverty.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import th.poverty.area.InvalidIdentifierException;
import th.poverty.domain.RejectedCommand;
import th.poverty.eventstore.DatabaseOutage;
import th.poverty.eventstore.EventTooLarge;
import th.poverty.eventstore.IdempotentRequest;
import th.poverty.eventstore.StreamVersionConflict;

/** The one place where failures become problem+json responses. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final CurrentVertxRequest request;

    public ProblemMapper(CurrentVertxRequest request) {
        this.request = request;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.hidden()) {
            SecurityEvents.hidden(request.getCurrent());
        }
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response rejected(RejectedCommand e, UriInfo uri) {
        return respond(Problem.rejected(e.rejection()), uri);
    }

    @ServerExceptionMapper
    public Response invalidIdentifier(InvalidIdentifierException e, UriInfo uri) {
        return respond(Problem.of(422, "invalid-identifier", "Invalid identifier", e.getMessage()).withField(e.field()), uri);
    }

    @ServerExceptionMapper
    public Response staleVersion(StreamVersionConflict e, UriInfo uri) {
        var problem = Problem.stale(e);
        return Response.fromResponse(respond(problem, uri)).header(HttpHeaders.ETAG, Versions.etag(e.actualVersion())).build();
    }

    @ServerExceptionMapper
    public Response eventTooLarge(EventTooLarge e, UriInfo uri) {
        return respond(Problem.of(413, "event-too-large", "Change too large", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response idempotencyKeyReused(IdempotentRequest.KeyReused e, UriInfo uri) {
        return respond(IdempotentRequests.reused(e.key()), uri);
    }

    @ServerExceptionMapper
    public Response invalidBody(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(Problem.of(400, "invalid-input", "Invalid input",
                errors.size() + " field(s) are missing or invalid").withErrors(errors), uri);
    }

    /** More specific than the Jackson extension's own mapper, so its plain-JSON answer never shows. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = null;
        String detail = "The body is not valid JSON: " + e.getOriginalMessage();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = path(mapping);
            detail = switch (e) {
                case InvalidFormatException format -> "'" + format.getValue() + "' is not a valid "
                        + format.getTargetType().getSimpleName() + " for " + field;
                case UnrecognizedPropertyException unknown -> "Unknown field " + field + "; known fields: "
                        + unknown.getKnownPropertyIds();
                default -> "Cannot read " + field + ": " + e.getOriginalMessage();
            };
        }
        return respond(Problem.of(400, "malformed-body", "Malformed request body", detail).withField(field), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(Problem.of(401, "unauthenticated", "Authentication required",
                "Send a valid bearer token"), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(new UnauthorizedException(), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Not allowed", "Your role may not do this"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String slug = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "server-error" : "bad-request";
        };
        var reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
        return respond(Problem.of(status, slug, title, detail), uri);
    }

    /** How long a client waits before trying again after the database was away: a restart takes seconds. */
    static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            // not the request's fault nor a bug: the client may try again, and readiness already says why
            LOG.warnf("database unavailable: %s", e.getMessage());
            return Response.fromResponse(respond(Problem.of(503, "database-unavailable", "Service unavailable",
                            "The database cannot be reached right now; try again shortly"), uri))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.error("unexpected failure", e);
        return respond(Problem.of(500, "server-error", "Internal error",
                "The request could not be completed; nothing was changed"), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getPath()))
                .build();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "nominate.request.head.nationalId" (method, parameter, field path) → "head.nationalId". */
    private static String leaf(String propertyPath) {
        String[] parts = propertyPath.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
