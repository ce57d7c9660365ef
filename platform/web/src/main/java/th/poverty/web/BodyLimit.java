package th.poverty.web;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request body over {@code web.max-body-size} (1 MiB: a JSON command is a few KiB, the
 * largest plan a few hundred) before a byte of it is read, as problem+json; Quarkus's own check,
 * which comes next, answers a bare 413 and holds for every route, the survey upload's included,
 * so it is 1 MiB too except in household-service. A chunked body is refused with 411, as its size
 * would only be known once read; an HTTP/2 stream need not announce its length, and Quarkus's
 * limit is what holds it. Routes declared {@link LargeBodies} check
 * their own limit.
 */
@ApplicationScoped
public class BodyLimit {

    private final long limit;
    private final Set<String> exempt;
    private final ObjectMapper mapper;

    public BodyLimit(@ConfigProperty(name = "web.max-body-size", defaultValue = "1M") MemorySize limit,
                     Instance<LargeBodies> largeBodies, ObjectMapper mapper) {
        this.limit = limit.asLongValue();
        this.exempt = LargeBodies.paths(largeBodies);
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (exempt.contains(context.request().path())) {
            context.next();
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            if (context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                ProblemRoutes.refuseBody(context, mapper, Problem.of(411, "length-required", "Length required",
                        "Send the body with a Content-Length; at most " + limit + " bytes are accepted"));
                return;
            }
            context.next();
            return;
        }
        if (!length.chars().allMatch(Character::isDigit) || length.length() > 18 || Long.parseLong(length) <= limit) {
            context.next();
            return;
        }
        ProblemRoutes.refuseBody(context, mapper, Problem.of(413, "body-too-large", "Request body too large",
                "The body is " + length + " bytes; at most " + limit + " are accepted"));
    }
}
