package th.poverty.reporting.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a household's history, from whichever service: what happened, who did it in
 * which role and when. Neither payloads nor reasons are shown: they may hold free text about the
 * household, which only the service that owns the event keeps (its history endpoint).
 *
 * @param source     the service that recorded it
 * @param streamType the stream it belongs to there (household, plan, carer)
 * @param streamId   that stream's id (the household, the plan or the carer)
 * @param version    its version in that stream
 */
public record TimelineEntry(UUID eventId, String type, String source, String streamType, String streamId, long version,
                            Instant occurredAt, String actor, String actorRole) {
}
