package th.poverty.team.care;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.domain.Thailand;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.EventRuns;
import th.poverty.eventstore.FreeTexts;
import th.poverty.eventstore.Inbox;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.team.carer.Carers;
import th.poverty.team.carer.ReleaseReason;
import th.poverty.team.household.CareHouseholds;
import th.poverty.team.household.HouseholdEvents.HouseholdClassified;
import th.poverty.team.household.HouseholdEvents.HouseholdClosed;
import th.poverty.team.household.HouseholdEvents.HouseholdDetailsCorrected;
import th.poverty.team.household.HouseholdEvents.HouseholdGraduated;
import th.poverty.team.household.HouseholdEvents.HouseholdIdentified;
import th.poverty.team.household.HouseholdEvents.HouseholdReopened;
import th.poverty.team.household.HouseholdEvents.PersonalDataErased;
import th.poverty.team.household.HouseholdStatus;

/**
 * Follows household-service: an identified household is known to care, and one classified ก
 * (welfare) starts waiting for a carer (see {@link CareHouseholds}); a household
 * that graduates or is closed releases its carer, in the same transaction that records the event
 * as handled, so a redelivery releases nothing twice. The release names the service as its actor
 * and the household event as its cause.
 */
@ApplicationScoped
public class HouseholdEventsConsumer {

    static final String CONSUMER = "care-households";
    static final String ACTOR = "team-service";
    static final String ACTOR_ROLE = "service";

    private final Inbox inbox;
    private final CareHouseholds households;
    private final Carers carers;
    private final FreeTexts freeTexts;
    private final Clock clock;

    public HouseholdEventsConsumer(Inbox inbox, CareHouseholds households, Carers carers, FreeTexts freeTexts,
                                   Clock clock) {
        this.clock = clock;
        this.inbox = inbox;
        this.households = households;
        this.carers = carers;
        this.freeTexts = freeTexts;
    }

    @Incoming("household-events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle(CONSUMER, records, (tx, events) -> EventRuns.inRuns(events, (type, run) -> switch (type) {
            case "HouseholdIdentified" ->
                    households.identified(tx, run.stream().map(e -> e.payloadAs(HouseholdIdentified.class)).toList());
            default -> EventRuns.each(run, event -> handle(tx, event));
        }));
    }

    private Uni<Void> handle(SqlConnection tx, IncomingEvent event) {
        return switch (event.type()) {
            case "HouseholdClosed" -> {
                var closed = event.payloadAs(HouseholdClosed.class);
                yield leaves(tx, event, closed.householdId(), HouseholdStatus.CLOSED, ReleaseReason.HOUSEHOLD_CLOSED,
                        "Household closed (" + closed.closure() + ")");
            }
            case "HouseholdGraduated" -> {
                var graduated = event.payloadAs(HouseholdGraduated.class);
                yield leaves(tx, event, graduated.householdId(), HouseholdStatus.GRADUATED,
                        ReleaseReason.HOUSEHOLD_GRADUATED, "Household left poverty on " + graduated.graduatedOn());
            }
            case "HouseholdClassified" -> {
                var classified = event.payloadAs(HouseholdClassified.class);
                yield households.classified(tx, classified.householdId(), classified.group(),
                        Thailand.dateOf(event.metadata().occurredAt()));
            }
            case "HouseholdReopened" ->
                    households.changedStatus(tx, event.payloadAs(HouseholdReopened.class).householdId(), HouseholdStatus.OPEN);
            case "HouseholdDetailsCorrected" -> households.corrected(tx, event.payloadAs(HouseholdDetailsCorrected.class));
            // the reasons given for assigning or handing over the household's carers go too
            case "PersonalDataErased" ->
                    freeTexts.erase(tx, event.payloadAs(PersonalDataErased.class).householdId()).replaceWithVoid();
            default -> Uni.createFrom().voidItem(); // not of interest to care
        };
    }

    /** The status changes first: its row lock makes an assignment running meanwhile finish before the release looks. */
    private Uni<Void> leaves(SqlConnection tx, IncomingEvent event, String householdId, HouseholdStatus status,
                             ReleaseReason reason, String why) {
        var metadata = new EventMetadata(ACTOR, ACTOR_ROLE, why, event.metadata().correlationId(), event.eventId(),
                clock.instant(), null);
        return households.changedStatus(tx, householdId, status)
                .call(() -> carers.releaseLeaving(tx, householdId, reason, Thailand.dateOf(event.metadata().occurredAt()),
                        metadata));
    }
}
