package th.poverty.eventstore;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the leading relay cannot publish: events are kept, but they are not flowing. */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final OutboxRelay relay;
    private final EventStoreMetrics metrics;

    public OutboxHealth(OutboxRelay relay, EventStoreMetrics metrics) {
        this.relay = relay;
        this.metrics = metrics;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox-relay")
                .status(relay.healthy())
                .withData("leading", relay.leading())
                .withData("unpublished", metrics.outboxLag())
                .build();
    }
}
