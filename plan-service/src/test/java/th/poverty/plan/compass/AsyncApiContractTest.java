package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import th.poverty.eventstore.EventCodec;

/** The AsyncAPI document is the contract of plan.events: it must cover every event the plan can emit, exactly. */
class AsyncApiContractTest {

    private static final EventCodec<PlanEvent> CODEC = EventCodec.of(PlanEvent.class);

    private static final AsyncApi ASYNCAPI = AsyncApi.DOCUMENT;

    private static List<Class<?>> eventTypes() {
        return List.of(PlanEvent.class.getPermittedSubclasses());
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

        assertThat(sampled).hasSize(eventTypes().size());
    }

    @Test
    void aPayloadBreakingTheContractIsCaught() {
        assertThat(ASYNCAPI.payloadErrors("PlanClosed", """
                {"planId": "p", "householdId": "h", "closedOn": "2026-11-31", "closure": "GONE", "extra": 1}"""))
                .hasSize(3);
        assertThat(ASYNCAPI.payloadErrors("AssistanceDelivered", """
                {"planId": "p", "householdId": "h", "agency": "x", "kind": "MONEY", "amountThb": -1,
                 "deliveredOn": "2026-11-01", "activityId": null}"""))
                .containsExactlyInAnyOrder("$: missing required description", "$.amountThb: -1 is below 0");
    }
}
