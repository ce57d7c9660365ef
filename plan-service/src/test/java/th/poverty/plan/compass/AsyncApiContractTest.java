package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import th.poverty.contracts.AsyncApiDocument;
import th.poverty.contracts.EventSchemas;
import th.poverty.contracts.RecordedSchemas;
import th.poverty.domain.Dimension;
import th.poverty.domain.WelfareNeed;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.NewEvent;
import th.poverty.plan.agencies.AgencyEvent;
import th.poverty.plan.agencies.AgencyLevel;
import th.poverty.plan.problems.Problem;
import th.poverty.plan.problems.ProblemCommand;
import th.poverty.plan.problems.ProblemEvent;
import th.poverty.plan.problems.ProblemOrigin;
import th.poverty.plan.problems.ProblemStatus;
import th.poverty.plan.problems.RoutingEvent;
import th.poverty.plan.problems.RoutingTable;
import th.poverty.testing.Scenario;

/**
 * The AsyncAPI document is the contract of plan.events: it must cover every event plan-service can
 * emit (of plans, problems, agencies and routing tables), exactly; samples of each validate against
 * it and against the JSON Schema served for their type; and no published schema version changes
 * incompatibly (docs/events/README.md).
 */
class AsyncApiContractTest {

    private static final EventCodec<PlanEvent> CODEC = EventCodec.of(PlanEvent.class);

    private static final AsyncApi ASYNCAPI = AsyncApi.DOCUMENT;

    private static List<Class<?>> eventTypes() {
        return Stream.of(PlanEvent.class, ProblemEvent.class, AgencyEvent.class, RoutingEvent.class)
                .flatMap(type -> Arrays.stream(type.getPermittedSubclasses())).toList();
    }

    /** One of each problem, agency and routing event, as plan-service writes them. */
    private static List<NewEvent> problemSamples() {
        var registered = new AgencyEvent.AgencyRegistered("SSO-2401", "สาธารณสุขอำเภอ", "District health office",
                AgencyLevel.DISTRICT, "2401", Set.of(Dimension.HEALTH), Set.of(AssistanceKind.SERVICE), Set.of());
        var changed = new AgencyEvent.AgencyDetailsChanged("PMJ.24", "พมจ.", "Provincial social development office",
                AgencyLevel.PROVINCE, "24", Set.of(), Set.of(AssistanceKind.MONEY), Set.of(WelfareNeed.ALLOWANCE));
        var national = new AgencyEvent.AgencyRegistered("BAAC", "ธ.ก.ส.", "BAAC", AgencyLevel.NATIONAL, "",
                Set.of(Dimension.INCOME), Set.of(AssistanceKind.LOAN), Set.of());
        var table = new RoutingEvent.RoutingTableSet("24", List.of(
                new RoutingTable.Rule(Dimension.HEALTH, null, List.of("SSO-2401"), 30),
                new RoutingTable.Rule(Dimension.HEALTH, "WELFARE-BEDRIDDEN_CARE", List.of("PMJ.24"), 15)));
        var found = new Problem.Found("9b2f0e6c-1d8e-3f4a-9a77-5c1c0c3e2b10", "h-1", Dimension.HEALTH,
                ProblemOrigin.WELFARE_REFERRAL, "WELFARE-BEDRIDDEN_CARE", WelfareNeed.BEDRIDDEN_CARE);
        LocalDate on = PlanScenario.TODAY;
        var problem = Scenario.of(Problem::apply, (Problem p, ProblemCommand c) -> p.decide(c, on))
                .given(Problem.identify(found, Optional.of(new Problem.Route("PMJ.24", on.plusDays(15))), on))
                .and(new ProblemCommand.Accept(on), new ProblemCommand.Link("p-1", "A3", true),
                        new ProblemCommand.Decline(on), new ProblemCommand.Reroute("SSO-2401", on.plusDays(30)),
                        new ProblemCommand.Accept(on), new ProblemCommand.ChangeStatus(ProblemStatus.IN_PROGRESS, on, false),
                        new ProblemCommand.Help(AssistanceKind.MONEY, new BigDecimal("3000"), on, "ft:x"));
        var unrouted = Problem.identify(new Problem.Found("p-2", "h-1", Dimension.EDUCATION, ProblemOrigin.FAMILY_FOLDER,
                "FOLDER-EDUCATION-1", null), Optional.empty(), on);
        List<NewEvent> samples = new ArrayList<>();
        List.of(registered, changed, national).forEach(e -> samples.add(EventCodec.of(AgencyEvent.class).encode(e)));
        samples.add(EventCodec.of(RoutingEvent.class).encode(table));
        var problems = EventCodec.of(ProblemEvent.class);
        problem.history().forEach(e -> samples.add(problems.encode(e)));
        unrouted.forEach(e -> samples.add(problems.encode(e)));
        return samples;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyEventThePlanCanEmitIsAMessageOfPlanEvents() {
        Set<String> emitted = eventTypes().stream().map(Class::getSimpleName).collect(Collectors.toSet());
        Set<String> published = new HashSet<>();
        ASYNCAPI.root().at("/channels/plan.events/subscribe/message/oneOf")
                .forEach(ref -> published.add(ref.get("$ref").asText().replace("#/components/messages/", "")));

        assertThat(names(ASYNCAPI.root().at("/components/messages"))).isEqualTo(emitted);
        assertThat(published).isEqualTo(emitted);
        ASYNCAPI.root().at("/components/schemas/CloudEventHeaders/properties/ce_type/enum")
                .forEach(type -> assertThat(emitted).contains(type.asText()));
    }

    @Test
    void eachPayloadDocumentsAndRequiresEveryFieldOfItsEvent() {
        for (Class<?> type : eventTypes()) {
            JsonNode schema = ASYNCAPI.payloadSchema(type.getSimpleName());
            Set<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(name -> required.add(name.asText()));

            assertThat(names(schema.path("properties"))).as(type.getSimpleName()).isEqualTo(fields);
            assertThat(required).as(type.getSimpleName() + " required").isEqualTo(fields);
        }
    }

    @Test
    void samplesOfEveryEventValidateAgainstTheirSchema() {
        Set<String> sampled = new HashSet<>();
        for (PlanEvent event : PlanStateTest.everyKindOfEvent().and(
                new PlanCommand.RecordIncome(YearMonth.of(2026, 9), 2, List.of())).history()) {
            var encoded = CODEC.encode(event);
            assertThat(ASYNCAPI.payloadErrors(encoded.type(), encoded.payload())).as(encoded.payload()).isEmpty();
            sampled.add(encoded.type());
        }
        var closed = PlanScenario.drafted().and(new PlanCommand.ClosePlan(PlanScenario.TODAY, PlanClosure.REPLACED, "ใหม่"));
        var closing = CODEC.encode(closed.history().getLast());
        assertThat(ASYNCAPI.payloadErrors(closing.type(), closing.payload())).isEmpty();
        sampled.add(closing.type());

        for (NewEvent encoded : problemSamples()) {
            assertThat(ASYNCAPI.payloadErrors(encoded.type(), encoded.payload())).as(encoded.payload()).isEmpty();
            sampled.add(encoded.type());
        }

        assertThat(sampled).hasSize(eventTypes().size());
    }

    @Test
    void aPayloadBreakingTheContractIsCaught() {
        String closed = """
                {"planId": "p", "householdId": "h", "closedOn": "2026-11-31", "closure": "GONE", "extra": 1}""";
        assertThat(ASYNCAPI.strictPayloadErrors("PlanClosed", closed)).hasSize(3);
        assertThat(ASYNCAPI.servedSchemaErrors("PlanClosed", closed)).anyMatch(error -> error.startsWith("/closure"));
        String assistance = """
                {"planId": "p", "householdId": "h", "agency": "x", "kind": "MONEY", "amountThb": -1,
                 "deliveredOn": "2026-11-01", "activityId": null}""";
        assertThat(ASYNCAPI.strictPayloadErrors("AssistanceDelivered", assistance))
                .containsExactlyInAnyOrder("$: missing required description", "$.amountThb: -1 is below 0");
        assertThat(ASYNCAPI.servedSchemaErrors("AssistanceDelivered", assistance)).hasSize(2)
                .anyMatch(error -> error.startsWith("/amountThb")).anyMatch(error -> error.contains("description"));
    }

    @Test
    void noPublishedSchemaVersionChangesIncompatibly() {
        RecordedSchemas.inRepository("plan-service").check(EventSchemas.of(AsyncApiDocument.fromClasspath()));
    }
}
