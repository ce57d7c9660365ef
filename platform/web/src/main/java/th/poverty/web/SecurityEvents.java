package th.poverty.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Logs and counts every API answer that refuses a caller: 401 (no token, or one not accepted),
 * 403 (a role or area the endpoint does not allow) and 404 for what exists outside the caller's
 * area ({@link ProblemException#hidden}). A line names the caller's subject, role and area, the
 * method, the path without its query and the client's address: never a body, a query or a token,
 * so no personal data. Category {@code th.poverty.security}, metric {@code web.security.refusals}.
 */
@ApplicationScoped
public class SecurityEvents {

    private static final Logger LOG = Logger.getLogger("th.poverty.security");
    private static final String HIDDEN = SecurityEvents.class.getName() + ".hidden";

    /** Why a caller was refused. */
    enum Refusal {
        UNAUTHENTICATED, FORBIDDEN, HIDDEN;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry registry;

    public SecurityEvents(MeterRegistry registry) {
        this.registry = registry;
        for (Refusal refusal : Refusal.values()) {
            registry.counter("web.security.refusals", "refusal", refusal.tag());
        }
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 4)
                .handler(context -> {
                    // as the answer's headers go out, so it is counted before the caller has it
                    context.addHeadersEndHandler(answered -> recordAnswer(context));
                    context.next();
                });
    }

    /** Marks the request as answered 404 for something that exists outside the caller's area. */
    static void hidden(RoutingContext context) {
        if (context != null) {
            context.put(HIDDEN, Boolean.TRUE);
        }
    }

    private void recordAnswer(RoutingContext context) {
        int status = context.response().getStatusCode();
        if (status == 401) {
            record(Refusal.UNAUTHENTICATED, context);
        } else if (status == 403) {
            record(Refusal.FORBIDDEN, context);
        } else if (status == 404 && Boolean.TRUE.equals(context.get(HIDDEN))) {
            record(Refusal.HIDDEN, context);
        }
    }

    private void record(Refusal refusal, RoutingContext context) {
        registry.counter("web.security.refusals", "refusal", refusal.tag()).increment();
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        JsonWebToken token = identity != null && identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        LOG.warnf("refused=%s status=%d method=%s path=%s subject=%s role=%s area=%s client=%s", refusal.tag(),
                context.response().getStatusCode(), context.request().method(), context.request().path(),
                token == null ? "-" : token.getSubject(),
                identity == null ? "-" : Roles.actingAs(identity),
                token == null ? "-" : quoted(TokenClaims.areaOf(token)),
                context.request().remoteAddress() == null ? "-" : context.request().remoteAddress().hostAddress());
    }

    private static String quoted(String area) {
        return area == null ? "-" : "\"" + area + "\"";
    }
}
