package th.poverty.console.page;

import java.net.ConnectException;
import java.net.URI;
import java.util.List;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import th.poverty.console.api.ServiceProblem;

/**
 * A service's refusal that no form handled: a token the service no longer accepts sends the
 * browser to sign in again; anything else is a page that says what the service said.
 */
public class Problems {

    private final Template problem;
    private final Pages pages;

    public Problems(@Location("problem.html") Template problem, Pages pages) {
        this.problem = problem;
        this.pages = pages;
    }

    /** A service that does not answer at all (down, or not reachable): 503, and the page says so. */
    @ServerExceptionMapper({ProcessingException.class, ConnectException.class})
    public Response unreachable(Exception unreachable) {
        var down = new ServiceProblem(new ServiceProblem.Body("/problems/service-unavailable", "Service unavailable", 503,
                "A service did not answer; try again in a moment", null, List.of(), null));
        return Response.status(503).header("Retry-After", "5").type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.of(problem).data("problem", down).render()).build();
    }

    @ServerExceptionMapper
    public Response refused(ServiceProblem refusal) {
        if (refusal.isUnauthenticated()) {
            return Response.seeOther(URI.create("/sign-in")).build();
        }
        int status = refusal.status() >= 500 ? 502 : refusal.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(pages.of(problem).data("problem", refusal).render()).build();
    }
}
