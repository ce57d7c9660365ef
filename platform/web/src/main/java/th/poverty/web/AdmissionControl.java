package th.poverty.web;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies {@link Admission} to every API request before any work is done for it, the bearer
 * token's signature included: a refusal costs next to nothing, so an overloaded instance spends
 * its time on the requests it admitted. Probes and metrics are outside {@code /api} and always
 * answered.
 */
@ApplicationScoped
public class AdmissionControl {

    private final Admission admission;
    private final ObjectMapper mapper;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter refused;

    public AdmissionControl(Admission admission, ObjectMapper mapper, MeterRegistry registry) {
        this.admission = admission;
        this.mapper = mapper;
        registry.gauge("web.admission.in.flight", inFlight);
        this.refused = registry.counter("web.admission.refused");
    }

    void install(@Observes Router router) {
        if (admission.enabled()) {
            router.route("/api/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::admit);
        }
    }

    private void admit(RoutingContext context) {
        if (inFlight.incrementAndGet() > admission.maxInFlight()) {
            inFlight.decrementAndGet();
            refuse(context);
            return;
        }
        context.addEndHandler(ended -> inFlight.decrementAndGet());
        context.next();
    }

    private void refuse(RoutingContext context) {
        refused.increment();
        Problem problem = Problem.of(503, "overloaded", "Service busy",
                "This instance is serving " + admission.maxInFlight() + " requests; retry after "
                        + admission.retryAfterSeconds() + " s").withInstance(context.request().path());
        context.response().putHeader("Retry-After", Integer.toString(admission.retryAfterSeconds()));
        ProblemRoutes.answer(context, mapper, problem);
    }
}
