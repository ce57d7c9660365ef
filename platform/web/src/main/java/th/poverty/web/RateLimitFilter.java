package th.poverty.web;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/** Applies {@link RateLimit} to every API request before any work is done for it. */
public class RateLimitFilter {

    private final RateLimit limit;
    private final ConcurrentHashMap<String, TokenBucket> clients = new ConcurrentHashMap<>();
    private volatile long nextSweep;

    public RateLimitFilter(RateLimit limit) {
        this.limit = limit;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!limit.enabled()) {
            return null;
        }
        long now = System.nanoTime();
        sweep(now);
        long wait = clients.computeIfAbsent(client(request, http), k -> new TokenBucket(limit.burst(), limit.perSecond(), now))
                .take(now);
        if (wait == 0) {
            return null;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait) + 1);
        Problem problem = Problem.of(429, "too-many-requests", "Too many requests",
                        "More than " + limit.perSecond() + " requests a second (bursts of " + limit.burst()
                                + "); retry after " + seconds + " s")
                .withInstance(request.getUriInfo().getPath());
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", seconds).entity(problem).build();
    }

    /** The bearer token identifies a client (hashed: the key must not keep the token); else its address. */
    private static String client(ContainerRequestContext request, HttpServerRequest http) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            return "t:" + java.util.Arrays.hashCode(authorization.getBytes(StandardCharsets.UTF_8))
                    + ":" + authorization.length();
        }
        return "a:" + (http.remoteAddress() == null ? "?" : http.remoteAddress().hostAddress());
    }

    private void sweep(long now) {
        if (now < nextSweep) {
            return;
        }
        nextSweep = now + TimeUnit.MINUTES.toNanos(1);
        long idle = limit.forgetAfter().toNanos();
        clients.values().removeIf(bucket -> now - bucket.lastUsed() > idle);
    }
}
