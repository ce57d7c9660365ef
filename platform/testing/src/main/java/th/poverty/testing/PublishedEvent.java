package th.poverty.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;




/**
 * An event as another service puts it on Kafka (CloudEvents 1.0 binary mode, ARCHITECTURE.md
 * "Envelope"), built here from the documented contract rather than from the producer's code, so
 * consumer tests check the contract too.
 */
public record PublishedEvent(String topic, String key, String value, Headers headers, UUID eventId) {

    public static PublishedEvent of(String topic, String source, String type, String streamType, String subject, long version,
                                    String payload) {
        return of(UUID.randomUUID(), topic, source, type, streamType, subject, version, payload);
    }

    /** The same, with the event id its producer chose (household-service's are time-ordered). */
    public static PublishedEvent of(UUID eventId, String topic, String source, String type, String streamType, String subject,
                                    long version, String payload) {
        var headers = new RecordHeaders();
        put(headers, "ce_specversion", "1.0");
        put(headers, "ce_id", eventId.toString());
        put(headers, "ce_source", source);
        put(headers, "ce_type", type);
        put(headers, "ce_subject", subject);
        put(headers, "ce_time", Instant.now().toString());
        put(headers, "content-type", "application/json");
        put(headers, "ce_schemaversion", "1");
        put(headers, "ce_streamtype", streamType);
        put(headers, "ce_streamversion", Long.toString(version));
        put(headers, "ce_actor", "somchai");
        put(headers, "ce_actorrole", "field-team");
        put(headers, "ce_correlationid", UUID.randomUUID().toString());
        return new PublishedEvent(topic, subject, payload, headers, eventId);
    }

    /** household-service's {@code HouseholdIdentified} for a household in the given village. */
    public static PublishedEvent householdIdentified(String householdId, String villageCode, String tambonCode,
                                                     String districtCode) {
        String payload = """
                {"householdId": "%s", "source": "COMMUNITY_FORUM", "provinceCode": "%s", "districtCode": "%s",
                 "tambonCode": "%s", "villageCode": "%s", "identifiedOn": "2026-11-20", "reason": "forum",
                 "headIdHash": "h-%s", "houseHash": null, "surveyYear": null, "failedIndicators": []}"""
                .formatted(householdId, villageCode.substring(0, 2), districtCode, tambonCode, villageCode, householdId);
        return of("household.events", "household-service", "HouseholdIdentified", "household", householdId, 1, payload);
    }

    /** A household-service event of {@code type} for the household, at stream {@code version}, with its payload. */
    public static PublishedEvent household(String type, String householdId, long version, String payload) {
        return of("household.events", "household-service", type, "household", householdId, version, payload);
    }

    /** The same event with another payload (to make it unreadable, say). */
    public PublishedEvent withValue(String otherValue) {
        return new PublishedEvent(topic, key, otherValue, headers, eventId);
    }

    public PublishedEvent publish() {
        KafkaTopics.publish(topic, key, value, headers);
        return this;
    }

    private static void put(Headers headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
