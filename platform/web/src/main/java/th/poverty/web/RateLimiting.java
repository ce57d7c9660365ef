package th.poverty.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies {@link RateLimit} to every API request before its token is verified. A caller whose
 * token was verified before is limited by its verified subject, however many tokens it holds;
 * any other request (no token, a token not yet verified, a forged one) by its client address, so
 * a flood of made-up tokens is refused at its address instead of each getting a bucket of its own.
 * The buckets are held in a bounded cache that forgets idle clients.
 */
@ApplicationScoped
public class RateLimiting {

    private static final String BEARER = "bearer ";

    private final RateLimit limit;
    private final VerifiedTokens verified;
    private final ObjectMapper mapper;
    private final Cache<String, TokenBucket> clients;
    private final Counter refused;

    public RateLimiting(RateLimit limit, VerifiedTokens verified, ObjectMapper mapper, MeterRegistry registry) {
        this.limit = limit;
        this.verified = verified;
        this.mapper = mapper;
        this.clients = Caffeine.newBuilder().maximumSize(limit.maxClients())
                .expireAfterAccess(limit.forgetAfter()).build();
        registry.gauge("web.rate.limit.clients", clients, cache -> cache.estimatedSize());
        this.refused = registry.counter("web.rate.limit.refused");
    }

    void install(@Observes Router router) {
        if (limit.enabled()) {
            router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 3).handler(this::limit);
        }
    }

    private void limit(RoutingContext context) {
        long now = System.nanoTime();
        long wait = clients.get(client(context), key -> new TokenBucket(limit.burst(), limit.perSecond(), now)).take(now);
        if (wait == 0) {
            context.next();
            return;
        }
        refused.increment();
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait) + 1);
        Problem problem = Problem.of(429, "too-many-requests", "Too many requests",
                "More than " + BigDecimal.valueOf(limit.perSecond()).stripTrailingZeros().toPlainString()
                        + " requests a second (bursts of " + limit.burst() + "); retry after "
                        + seconds + " s").withInstance(context.request().path());
        context.response().putHeader("Retry-After", Long.toString(seconds));
        ProblemRoutes.answer(context, mapper, problem);
    }

    /** The verified subject of the request's bearer token, or else its client address. */
    private String client(RoutingContext context) {
        return bearerToken(context).flatMap(verified::subjectOf).map(subject -> "s:" + subject)
                .orElseGet(() -> "a:" + (context.request().remoteAddress() == null ? "?"
                        : context.request().remoteAddress().hostAddress()));
    }

    private static Optional<String> bearerToken(RoutingContext context) {
        String authorization = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(BEARER.length()).trim());
    }
}
