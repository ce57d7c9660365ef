package th.poverty.reporting.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a household's history, from whichever service: what happened, who did it in
 * which role, when and why. Payloads are not shown: the service that owns the event has them.
 *
 * @param source     the service that recorded it
 * @param streamType the stream it belongs to there (household, plan, carer)
 * @param streamId   that stream's id (the household, the plan or the carer)
 * @param version    its version in that stream
 */
public record TimelineEntry(UUID eventId, String type, String source, String streamType, String streamId, long version,
                            Instant occurredAt, String actor, String actorRole, String reason) {
}
