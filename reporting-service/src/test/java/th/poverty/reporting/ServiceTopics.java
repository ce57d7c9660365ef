package th.poverty.reporting;

import java.time.Instant;
import java.util.UUID;

import th.poverty.area.Areas;
import th.poverty.eventstore.CloudEventHeaders;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.StoredEvent;
import th.poverty.testing.KafkaTopics;

/**
 * Plays household-, team- and plan-service on the real broker: publishes their events with their
 * relays' envelope, at the time the test says they happened.
 */
public final class ServiceTopics {

    private ServiceTopics() {
    }

    /** Publishes an event of the given service's stream and returns its id. */
    public static UUID publish(String service, String streamType, String streamId, long version, String type,
                               String payload, Instant occurredAt) {
        var metadata = new EventMetadata("somchai", "field-team", "because " + type, UUID.randomUUID(), null, occurredAt, null);
        var event = new StoredEvent(version, streamId, streamType, version, UUID.randomUUID(), type, 1, payload, metadata,
                occurredAt);
        publish(event, service);
        return event.eventId();
    }

    public static void publish(StoredEvent event, String service) {
        String topic = switch (service) {
            case "household-service" -> "household.events";
            case "team-service" -> "team.events";
            case "plan-service" -> "plan.events";
            default -> throw new IllegalArgumentException(service);
        };
        KafkaTopics.publish(topic, event.streamId(), event.payload(), CloudEventHeaders.of(event, service));
    }

    public static UUID household(String householdId, long version, String type, String payload, Instant at) {
        return publish("household-service", "household", householdId, version, type, payload, at);
    }

    public static UUID plan(String planId, long version, String type, String payload, Instant at) {
        return publish("plan-service", "plan", planId, version, type, payload, at);
    }

    public static UUID carer(String carerId, long version, String type, String payload, Instant at) {
        return publish("team-service", "carer", carerId, version, type, payload, at);
    }

    public static String identified(String householdId, String villageCode, Integer income) {
        var path = Areas.thailand().pathOf(villageCode).orElseThrow();
        return """
                {"householdId": "%s", "source": "BMN_SURVEY", "provinceCode": "%s", "districtCode": "%s", "tambonCode": "%s",
                 "villageCode": "%s", "identifiedOn": "2026-11-01", "reason": "รายได้ต่ำกว่าเกณฑ์", "headIdHash": "x",
                 "surveyYear": 2569, "members": 4, "annualIncomePerPerson": %s, "failedIndicators": [23]}"""
                .formatted(householdId, path.province(), path.district(), path.tambon(), path.village(), income);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
