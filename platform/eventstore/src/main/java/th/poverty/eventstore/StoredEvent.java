package th.poverty.eventstore;

import java.time.Instant;
import java.util.UUID;

/** An event as the store keeps it: its place in the log, its stream version and its metadata. */
public record StoredEvent(
        long position,
        String streamId,
        String streamType,
        long version,
        UUID eventId,
        String type,
        int schemaVersion,
        String payload,
        EventMetadata metadata,
        Instant recordedAt) {
}
