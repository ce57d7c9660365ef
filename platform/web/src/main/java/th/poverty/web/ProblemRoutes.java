package th.poverty.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a problem from a Vert.x route, for the checks that run before RESTEasy does (and so
 * before {@link ProblemMapper}): the status is the problem's, headers set on the response before
 * stay.
 */
public final class ProblemRoutes {

    private ProblemRoutes() {
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
