package th.poverty.plan.compass;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import th.poverty.eventstore.StoredEvent;

/** One event of a plan's history: what happened, who did it, when and why. */
public record PlanHistoryEntry(
        long version,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        String actorRole,
        String reason,
        @JsonRawValue String payload) {

    static PlanHistoryEntry of(StoredEvent event) {
        var m = event.metadata();
        return new PlanHistoryEntry(event.version(), event.type(), m.occurredAt(), event.recordedAt(), m.actor(),
                m.actorRole(), m.reason(), event.payload());
    }
}
