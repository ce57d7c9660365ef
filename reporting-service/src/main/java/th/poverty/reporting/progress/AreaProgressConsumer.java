package th.poverty.reporting.progress;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.Inbox;
import th.poverty.reporting.household.HouseholdEvents;

/**
 * Counts household-service's events into the area roll-up, each event once (the inbox records
 * it in the same transaction). Event types it does not count are recorded and skipped.
 */
@ApplicationScoped
public class AreaProgressConsumer {

    static final String NAME = "area-progress";

    private final Inbox inbox;
    private final AreaProgressProjection projection;

    public AreaProgressConsumer(Inbox inbox, AreaProgressProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("household-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handleOnce(NAME, record, (tx, incoming) -> HouseholdEvents.read(incoming)
                .map(event -> projection.apply(tx, event))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }
}
