package th.poverty.eventstore;

import java.time.Instant;
import java.util.UUID;

/**
 * Who did it, when and why: stored with every event, so the event history is the audit trail.
 *
 * @param actor         the subject of the caller's token (or the service, for automatic reactions)
 * @param actorRole     the role the actor acted in
 * @param reason        why, in the user's words (may be empty for self-explaining events)
 * @param correlationId the request or flow this event belongs to
 * @param causationId   the event or command that caused this one
 * @param occurredAt    when it happened (the command's time, not the storage time)
 * @param areaCode      the most specific area code the event concerns (a village), for routing and access
 */
public record EventMetadata(
        String actor,
        String actorRole,
        String reason,
        UUID correlationId,
        UUID causationId,
        Instant occurredAt,
        String areaCode) {

    public EventMetadata {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("every event needs an actor");
        }
        if (occurredAt == null) {
            throw new IllegalArgumentException("every event needs a time");
        }
        reason = reason == null ? "" : reason;
    }

    public EventMetadata withAreaCode(String code) {
        return new EventMetadata(actor, actorRole, reason, correlationId, causationId, occurredAt, code);
    }

    public EventMetadata withReason(String why) {
        return new EventMetadata(actor, actorRole, why, correlationId, causationId, occurredAt, areaCode);
    }
}
