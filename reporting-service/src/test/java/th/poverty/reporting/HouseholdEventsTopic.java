package th.poverty.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import th.poverty.area.Areas;
import th.poverty.eventstore.CloudEventHeaders;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.StoredEvent;
import th.poverty.testing.KafkaTopics;

/** Plays household-service on the real broker: publishes its events with its relay's envelope, reads the dead letters. */
public final class HouseholdEventsTopic {

    public static final String TOPIC = "household.events";
    public static final String DEAD_LETTERS = "household.events.dlq";

    private HouseholdEventsTopic() {
    }

    /** A HouseholdIdentified as household-service stores it, the area path resolved from the village. */
    public static StoredEvent identified(String householdId, String source, String villageCode) {
        return identified(householdId, source, villageCode, "null", "[]");
    }

    /** A survey household of {@code surveyYear} failing {@code indicators} (a JSON array). */
    public static StoredEvent surveyed(String householdId, String villageCode, int surveyYear, String indicators) {
        return identified(householdId, "BMN_SURVEY", villageCode, String.valueOf(surveyYear), indicators);
    }

    private static StoredEvent identified(String householdId, String source, String villageCode, String surveyYear,
                                          String indicators) {
        var path = Areas.thailand().pathOf(villageCode).orElseThrow();
        String payload = """
                {"householdId": "%s", "source": "%s", "provinceCode": "%s", "districtCode": "%s", "tambonCode": "%s",
                 "villageCode": "%s", "identifiedOn": "2026-11-20", "reason": "รายได้ต่ำกว่าเกณฑ์ จปฐ.",
                 "headIdHash": "%s", "houseHash": null, "surveyYear": %s, "failedIndicators": %s}""".formatted(householdId,
                source, path.province(), path.district(), path.tambon(), path.village(), UUID.randomUUID(), surveyYear,
                indicators);
        return event(householdId, "HouseholdIdentified", 1, payload, villageCode);
    }

    public static StoredEvent event(String householdId, String type, long version, String payload, String villageCode) {
        var metadata = new EventMetadata("somchai", "field-team", "", UUID.randomUUID(), null, Instant.now(), villageCode);
        return new StoredEvent(version, householdId, "household", version, UUID.randomUUID(), type, 1, payload, metadata,
                Instant.now());
    }

    /** The same event again under a new event id, as a second identification of the household would be. */
    public static StoredEvent twin(StoredEvent event) {
        return new StoredEvent(event.position(), event.streamId(), event.streamType(), event.version(), UUID.randomUUID(),
                event.type(), event.schemaVersion(), event.payload(), event.metadata(), event.recordedAt());
    }

    public static String newHouseholdId() {
        return UUID.randomUUID().toString();
    }

    /** Keyed by the household, as the relay does: one household's events stay in order on one partition. */
    public static void publish(StoredEvent event) {
        send(event.streamId(), event.payload(), CloudEventHeaders.of(event, "household-service"));
    }

    public static void send(String key, String value, Headers headers) {
        KafkaTopics.publish(TOPIC, key, value, headers);
    }

    public static List<ConsumerRecord<String, String>> deadLetters(Predicate<ConsumerRecord<String, String>> match,
                                                                   int expected) {
        return KafkaTopics.read(DEAD_LETTERS, match, expected);
    }
}
