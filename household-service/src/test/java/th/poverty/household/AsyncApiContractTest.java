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

import th.poverty.eventstore.EventCodec;
import th.poverty.household.forum.ForumEvent;
import th.poverty.household.review.YearReviewEvent;

/**
 * The published contract keeps up with the code: every event household-service can emit is in
 * asyncapi.yaml, with exactly the payload's fields, and a sample of each carries its required ones.
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

    @Test
    void aSampleOfEachEventCarriesItsRequiredFields() throws Exception {
        JsonNode doc = asyncApi();
        var households = EventCodec.of(HouseholdEvent.class);
        var forums = EventCodec.of(ForumEvent.class);
        var reviews = EventCodec.of(YearReviewEvent.class);
        var json = EventCodec.defaultMapper();
        for (Object sample : HouseholdEventSamples.all()) {
            var encoded = switch (sample) {
                case ForumEvent forum -> forums.encode(forum);
                case YearReviewEvent review -> reviews.encode(review);
                default -> households.encode((HouseholdEvent) sample);
            };
            JsonNode payload = json.readTree(encoded.payload());
            for (JsonNode required : doc.at("/components/schemas/" + encoded.type() + "/required")) {
                assertThat(payload.hasNonNull(required.asText())).as(encoded.type() + "." + required.asText()).isTrue();
            }
        }
        assertThat(HouseholdEventSamples.all().stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrderElementsOf(eventTypes());
    }
}
