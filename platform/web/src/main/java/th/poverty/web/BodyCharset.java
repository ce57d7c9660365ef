package th.poverty.web;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses (415) a JSON body that names a character set other than UTF-8: JSON exchanged between
 * systems is UTF-8 (RFC 8259), and a body read as something it is not would store other text than
 * was sent. Routes declared {@link LargeBodies} check their own.
 */
@ApplicationScoped
public class BodyCharset {

    private final Set<String> exempt;
    private final ObjectMapper mapper;

    public BodyCharset(Instance<LargeBodies> largeBodies, ObjectMapper mapper) {
        this.exempt = LargeBodies.paths(largeBodies);
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String charset = isJson(contentType) ? charsetOf(contentType) : null;
        if (charset == null || exempt.contains(context.request().path())
                || charset.equals("utf-8") || charset.equals("utf8")) {
            context.next();
            return;
        }
        ProblemRoutes.refuseBody(context, mapper, Problem.of(415, "unsupported-charset", "Unsupported character set",
                "A body is JSON in UTF-8; charset=" + charset + " is not read").withField("Content-Type"));
    }

    /** application/json or a +json type; any other is refused by the endpoints (415) as what it is. */
    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    /** The charset parameter of a Content-Type, lower case and unquoted, or null if it names none. */
    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.trim().split("=", 2);
            if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
                return pair[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
