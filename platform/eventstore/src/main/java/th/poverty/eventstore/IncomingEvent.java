package th.poverty.eventstore;

import java.util.UUID;

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
}
