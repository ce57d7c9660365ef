package th.poverty.team.care;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.Inbox;

/** Follows household-service: an identified household starts waiting for a carer. */
@ApplicationScoped
public class HouseholdEventsConsumer {

    static final String CONSUMER = "care-households";

    private final Inbox inbox;
    private final CareHouseholds careHouseholds;

    public HouseholdEventsConsumer(Inbox inbox, CareHouseholds careHouseholds) {
        this.inbox = inbox;
        this.careHouseholds = careHouseholds;
    }

    @Incoming("household-events")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return inbox.handleOnce(CONSUMER, record, (tx, event) -> switch (event.type()) {
            case "HouseholdIdentified" -> careHouseholds.awaitCarer(tx, event.payloadAs(HouseholdIdentified.class));
            default -> Uni.createFrom().voidItem(); // not of interest to care assignment (yet)
        });
    }
}
