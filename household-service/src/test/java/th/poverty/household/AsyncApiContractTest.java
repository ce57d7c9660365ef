package th.poverty.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import th.poverty.contracts.AsyncApiDocument;
import th.poverty.contracts.EventSchemas;
import th.poverty.contracts.RecordedSchemas;
import th.poverty.contracts.ServedSchemas;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.NewEvent;
import th.poverty.household.forum.ForumEvent;
import th.poverty.household.review.YearReviewEvent;

/**
 * The published contract keeps up with the code: every event household-service can emit is in
 * asyncapi.yaml, with exactly the payload's fields, and a sample of each carries its required ones
 * and validates against the JSON Schema served for its type and schema version; and no published
 * schema version changes incompatibly (docs/events/README.md).
 */
class AsyncApiContractTest {

    private static JsonNode asyncApi() throws Exception {
        try (InputStream in = AsyncApiContractTest.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static List<Class<?>> eventTypes() {
        List<Class<?>> types = new ArrayList<>();
        types.addAll(List.of(HouseholdEvent.class.getPermittedSubclasses()));
        types.addAll(List.of(ForumEvent.class.getPermittedSubclasses()));
        types.addAll(List.of(YearReviewEvent.class.getPermittedSubclasses()));
        return types;
    }

    @Test
    void everyEventIsOnTheChannelWithExactlyItsFields() throws Exception {
        JsonNode doc = asyncApi();
        for (Class<?> type : eventTypes()) {
            String name = type.getSimpleName();
            assertThat(doc.at("/channels/householdEvents/messages/" + name).isMissingNode()).as(name + " on the channel").isFalse();
            JsonNode schema = doc.at("/components/schemas/" + name);
            assertThat(schema.isMissingNode()).as(name + " schema").isFalse();
            Set<String> documented = new HashSet<>();
            schema.get("properties").fieldNames().forEachRemaining(documented::add);
            Set<String> fields = new HashSet<>();
            for (var component : type.getRecordComponents()) {
                fields.add(component.getName());
            }
            assertThat(documented).as(name + " fields").isEqualTo(fields);
        }
    }

    /** One of each event, as household-service stores it and its relay publishes it. */
    private static List<NewEvent> encodedSamples() {
        var households = EventCodec.of(HouseholdEvent.class);
        var forums = EventCodec.of(ForumEvent.class);
        var reviews = EventCodec.of(YearReviewEvent.class);
        List<NewEvent> encoded = new ArrayList<>();
        for (Object sample : HouseholdEventSamples.all()) {
            encoded.add(switch (sample) {
                case ForumEvent forum -> forums.encode(forum);
                case YearReviewEvent review -> reviews.encode(review);
                default -> households.encode((HouseholdEvent) sample);
            });
        }
        return encoded;
    }

    @Test
    void aSampleOfEachEventCarriesItsRequiredFields() throws Exception {
        JsonNode doc = asyncApi();
        var json = EventCodec.defaultMapper();
        for (NewEvent encoded : encodedSamples()) {
            JsonNode payload = json.readTree(encoded.payload());
            for (JsonNode required : doc.at("/components/schemas/" + encoded.type() + "/required")) {
                assertThat(payload.hasNonNull(required.asText())).as(encoded.type() + "." + required.asText()).isTrue();
            }
        }
        assertThat(HouseholdEventSamples.all().stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(eventTypes());
    }

    @Test
    void aSampleOfEachEventValidatesAgainstTheServedSchemaOfItsTypeAndVersion() {
        ServedSchemas served = ServedSchemas.fromClasspath();
        for (NewEvent encoded : encodedSamples()) {
            assertThat(served.errors(encoded.type(), encoded.schemaVersion(), encoded.payload()))
                    .as(encoded.type() + " v" + encoded.schemaVersion() + ": " + encoded.payload()).isEmpty();
        }
    }

    @Test
    void noPublishedSchemaVersionChangesIncompatibly() {
        RecordedSchemas.inRepository("household-service").check(EventSchemas.of(AsyncApiDocument.fromClasspath()));
    }
}
