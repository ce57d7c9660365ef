package th.poverty.eventstore;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the leading relay cannot publish, or while it leads and the oldest unpublished
 * event is older than {@code eventstore.outbox.stalled-after}: events are kept, but they are not
 * flowing. Every instance shows the lag it measured, leading or not.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final OutboxRelay relay;
    private final EventStoreMetrics metrics;
    private final Duration stalledAfter;

    public OutboxHealth(OutboxRelay relay, EventStoreMetrics metrics, EventStoreConfig config) {
        this.relay = relay;
        this.metrics = metrics;
        this.stalledAfter = config.outbox().stalledAfter();
    }

    @Override
    public HealthCheckResponse call() {
        Duration oldest = metrics.oldestUnpublishedAge();
        boolean stalled = relay.leading() && oldest.compareTo(stalledAfter) > 0;
        return HealthCheckResponse.named("outbox-relay")
                .status(relay.healthy() && !stalled)
                .withData("leading", relay.leading())
                .withData("unpublished", metrics.outboxLag())
                .withData("oldestUnpublishedSeconds", oldest.toSeconds())
                .build();
    }
}
