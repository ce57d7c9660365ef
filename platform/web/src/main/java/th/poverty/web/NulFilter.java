package th.poverty.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a path or query that holds NUL (%00): no id, code or cursor contains it, and PostgreSQL
 * cannot take it as text, so passed on it would fail a lookup with a server error instead of a 400.
 */
public class NulFilter {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        boolean nul = uri.getPath().indexOf('\0') >= 0 || uri.getQueryParameters().values().stream()
                .anyMatch(values -> values.stream().anyMatch(value -> value.indexOf('\0') >= 0));
        if (!nul) {
            return null;
        }
        Problem problem = Problem.of(400, "bad-request", "Bad Request", "The path or query holds a NUL character (%00)")
                .withInstance(uri.getPath().replace("\0", "%00"));
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
