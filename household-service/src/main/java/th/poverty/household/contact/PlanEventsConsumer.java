package th.poverty.household.contact;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.EventRuns;
import th.poverty.eventstore.Inbox;
import th.poverty.household.income.HouseholdIncomes;
import th.poverty.household.income.IncomeRecorded;

/**
 * Follows plan-service: the monthly incomes it measures, for the graduation rule, and the agency
 * each household's problems are with, for the agencies' delivery contact.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    /** The inbox's name for this consumer since it first read incomes: kept, as the inbox dedupes by it. */
    private static final String CONSUMER = "household-incomes";

    private final Inbox inbox;
    private final HouseholdIncomes incomes;
    private final AgencyWork agencies;

    public PlanEventsConsumer(Inbox inbox, HouseholdIncomes incomes, AgencyWork agencies) {
        this.inbox = inbox;
        this.incomes = incomes;
        this.agencies = agencies;
    }

    @Incoming("plan-events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle(CONSUMER, records, (tx, events) -> EventRuns.each(events, event -> switch (event.type()) {
            case "IncomeRecorded" -> incomes.record(tx, event.payloadAs(IncomeRecorded.class));
            case "ProblemRouted", "ProblemDeclined", "ProblemStatusChanged" -> agencies.apply(tx, event);
            default -> Uni.createFrom().voidItem(); // the rest of a plan is plan-service's business
        }));
    }
}
