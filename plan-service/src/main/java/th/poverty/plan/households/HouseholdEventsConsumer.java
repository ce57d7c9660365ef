package th.poverty.plan.households;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.eventstore.EventRuns;
import th.poverty.eventstore.FreeTexts;
import th.poverty.eventstore.Inbox;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.plan.problems.Problems;

/**
 * Follows household-service, so plan rules can be checked without calling it, and finds each
 * household's problems as it learns them: a verified survey row's failed indicators (and a later
 * survey's, which also solve those it passes), the dimensions a TPMAP list found it poor in, the
 * Family Folder's causes, a group ก household's welfare needs.
 */
@ApplicationScoped
public class HouseholdEventsConsumer {

    static final String CONSUMER = "plan-households";

    private final Inbox inbox;
    private final PlanHouseholds households;
    private final Problems problems;
    private final FreeTexts freeTexts;

    public HouseholdEventsConsumer(Inbox inbox, PlanHouseholds households, Problems problems, FreeTexts freeTexts) {
        this.inbox = inbox;
        this.households = households;
        this.problems = problems;
        this.freeTexts = freeTexts;
    }

    @Incoming("household-events")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle(CONSUMER, records, (tx, events) -> EventRuns.inRuns(events, (type, run) -> switch (type) {
            case "HouseholdIdentified" -> households.identified(tx,
                    run.stream().map(e -> e.payloadAs(HouseholdEvents.Identified.class)).toList());
            default -> EventRuns.each(run, event -> handle(tx, event));
        }));
    }

    private Uni<Void> handle(SqlConnection tx, IncomingEvent event) {
        return switch (event.type()) {
            case "CandidateConfirmed" -> {
                String householdId = event.payloadAs(HouseholdEvents.Confirmed.class).householdId();
                yield households.surveyRow(tx, householdId)
                        .flatMap(row -> problems.fromSurvey(tx, householdId, row.surveyYear(), row.failedIndicators(), event))
                        .chain(() -> households.tpmapFlags(tx, householdId))
                        .flatMap(flags -> flags.isPresent() ? problems.fromTpmap(tx, householdId, flags.get().listYear(),
                                flags.get().dimensions(), event) : Uni.createFrom().voidItem());
            }
            case "TpmapTargetFlagged" -> {
                var flagged = event.payloadAs(HouseholdEvents.TpmapFlagged.class);
                yield households.tpmapFlagged(tx, flagged).call(() -> flagged.verified()
                        ? problems.fromTpmap(tx, flagged.householdId(), flagged.listYear(), flagged.dimensions(), event)
                        : Uni.createFrom().voidItem());
            }
            case "HouseholdResurveyed" -> {
                var resurveyed = event.payloadAs(HouseholdEvents.Resurveyed.class);
                yield households.resurveyed(tx, resurveyed).call(() -> resurveyed.verified()
                        ? problems.fromResurvey(tx, resurveyed.householdId(), resurveyed.surveyYear(),
                                resurveyed.failedIndicators(), event)
                        : Uni.createFrom().voidItem());
            }
            case "HouseholdClassified" -> {
                var classified = event.payloadAs(HouseholdEvents.Classified.class);
                yield households.classified(tx, classified).call(() -> classified.group() == CareGroup.WELFARE
                        ? problems.referWelfare(tx, classified.householdId(), HouseholdEvents.WelfareNeeds.of(event), event)
                        : Uni.createFrom().voidItem());
            }
            case "PovertyCausesRecorded" -> {
                var recorded = event.payloadAs(HouseholdEvents.CausesRecorded.class);
                yield households.causesRecorded(tx, recorded).call(() -> problems.fromFamilyFolder(tx,
                        recorded.householdId(), recorded.causes().stream().map(HouseholdEvents.CausesRecorded.Cause::dimension)
                                .toList(), event));
            }
            case "PovertyCausesAcknowledged" ->
                    households.causesAcknowledged(tx, event.payloadAs(HouseholdEvents.CausesAcknowledged.class));
            case "HouseholdClosed" -> households.closed(tx, event.payloadAs(HouseholdEvents.Closed.class));
            case "HouseholdReopened" -> households.reopened(tx, event.payloadAs(HouseholdEvents.Reopened.class));
            case "HouseholdGraduated" -> households.graduated(tx, event.payloadAs(HouseholdEvents.Graduated.class));
            case "HouseholdDetailsCorrected" ->
                    households.corrected(tx, event.payloadAs(HouseholdEvents.DetailsCorrected.class));
            // what the plan's notes, reasons and assistance descriptions said of the household goes too
            case "PersonalDataErased" -> freeTexts.erase(tx, event.payloadAs(HouseholdEvents.Erased.class).householdId())
                    .replaceWithVoid();
            default -> Uni.createFrom().voidItem(); // visits, assessments: plan rules do not depend on them
        };
    }
}
