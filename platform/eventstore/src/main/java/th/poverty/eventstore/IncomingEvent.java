package th.poverty.eventstore;

import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An event another service published, as a consumer receives it from Kafka. */
public record IncomingEvent(
        UUID eventId,
        String source,
        String type,
        String streamType,
        String streamId,
        long version,
        int schemaVersion,
        String payload,
        EventMetadata metadata) {

    /**
     * Consumers read only the fields they need, and need every one of them: a missing or null
     * field makes the event a poison message rather than a half-applied one.
     */
    private static final ObjectMapper STRICT = EventCodec.defaultMapper()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    /** The payload as the consumer's own record of the fields it uses. */
    public <T> T payloadAs(Class<T> shape) {
        try {
            return STRICT.readValue(payload, shape);
        } catch (JsonProcessingException e) {
            throw new PoisonMessage("unreadable " + type + " " + eventId + ": " + e.getOriginalMessage(), e);
        }
    }
}
