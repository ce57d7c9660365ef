package th.poverty.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a problem from a Vert.x route, for the checks that run before RESTEasy does (and so
 * before {@link ProblemMapper}): the status is the problem's, headers set on the response before
 * stay.
 */
public final class ProblemRoutes {

    private ProblemRoutes() {
    }

    /**
     * Answers a problem about a body that will not be read: over HTTP/1 the connection is closed
     * after the answer, or the unread body would be taken for the next request (HTTP/2 ends the
     * stream alone, and forbids the header).
     */
    public static void refuseBody(RoutingContext context, ObjectMapper mapper, Problem problem) {
        if (context.request().version() != HttpVersion.HTTP_2) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        answer(context, mapper, problem.withInstance(context.request().path()));
    }

    public static void answer(RoutingContext context, ObjectMapper mapper, Problem problem) {
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
