package th.poverty.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import th.poverty.eventstore.StoredEvent;

/** One event of a stream's history, as the history endpoints show it: what happened, who did it, when and why. */
public record HistoryEntry(
        long version,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String actorRole,
        String reason,
        String causationId,
        @JsonRawValue String payload) {

    public static HistoryEntry of(StoredEvent event) {
        var m = event.metadata();
        return new HistoryEntry(event.version(), event.type(), m.occurredAt(), event.recordedAt(), m.actor(), m.actorRole(),
                m.reason(), m.causationId() == null ? null : m.causationId().toString(), event.payload());
    }
}
