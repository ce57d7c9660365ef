package th.poverty.team.care;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.EventRuns;
import th.poverty.eventstore.Inbox;
import th.poverty.team.household.CareHouseholds;

/**
 * Follows plan-service: a household whose life compass is agreed (PlanAgreed, the MOU signed)
 * needs a carer from that day (guideline step 4). Other plan events do not concern care.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "care-compasses";

    private final Inbox inbox;
    private final CareHouseholds households;

    public PlanEventsConsumer(Inbox inbox, CareHouseholds households) {
        this.inbox = inbox;
        this.households = households;
    }

    /** team-service's reading of PlanAgreed: only what care needs, all required. */
    record PlanAgreed(String householdId, LocalDate signedOn) {
    }

    @Incoming("plan-events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle(CONSUMER, records, (tx, events) -> EventRuns.each(events, event -> {
            if (!"PlanAgreed".equals(event.type())) {
                return Uni.createFrom().voidItem();
            }
            var agreed = event.payloadAs(PlanAgreed.class);
            return households.compassAgreed(tx, agreed.householdId(), agreed.signedOn());
        }));
    }
}
