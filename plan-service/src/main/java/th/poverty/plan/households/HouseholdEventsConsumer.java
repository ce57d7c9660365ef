package th.poverty.plan.households;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.Inbox;

/** Follows household-service, so plan rules can be checked without calling it. */
@ApplicationScoped
public class HouseholdEventsConsumer {

    static final String CONSUMER = "plan-households";

    private final Inbox inbox;
    private final PlanHouseholds households;

    public HouseholdEventsConsumer(Inbox inbox, PlanHouseholds households) {
        this.inbox = inbox;
        this.households = households;
    }

    @Incoming("household-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handleOnce(CONSUMER, record, (tx, event) -> switch (event.type()) {
            case "HouseholdIdentified" -> households.identified(tx, event.payloadAs(HouseholdIdentified.class));
            default -> Uni.createFrom().voidItem(); // not needed by plan rules (yet)
        });
    }
}
