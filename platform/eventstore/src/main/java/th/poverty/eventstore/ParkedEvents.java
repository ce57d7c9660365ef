package th.poverty.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The events Kafka refused for good, which the outbox relay parked ({@code outbox_parked}), each
 * with the stream's later events held behind it: listed for an operator, and retried once the
 * cause is fixed (the topic takes larger records, say), which queues the stream's events again in
 * their order.
 */
@ApplicationScoped
public class ParkedEvents {

    /** A parked event: its stream, what it is, why Kafka refused it, and how many wait behind it. */
    public record Parked(String streamId, String streamType, long position, String type, long version, String reason,
                         Instant parkedAt, long waitingBehind) {
    }

    private final Pool pool;

    public ParkedEvents(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Parked>> list() {
        return pool.query("""
                        select p.stream_id, e.stream_type, p.position, e.type, e.version, p.reason, p.parked_at,
                               (select count(*) from outbox_held h join events l on l.position = h.position
                                where l.stream_id = p.stream_id and h.position <> p.position)
                        from outbox_parked p join events e on e.position = p.position
                        order by p.parked_at""")
                .execute()
                .map(rows -> {
                    List<Parked> parked = new ArrayList<>();
                    rows.forEach(row -> parked.add(new Parked(row.getString(0), row.getString(1), row.getLong(2),
                            row.getString(3), row.getLong(4), row.getString(5), row.getOffsetDateTime(6).toInstant(),
                            row.getLong(7))));
                    return parked;
                });
    }

    /**
     * Queues the stream's parked and held events again, in their order (the outbox's trigger wakes
     * the relay); the number queued, 0 when nothing of the stream was parked.
     */
    public Uni<Integer> retry(String streamId) {
        return pool.withTransaction(tx -> tx.preparedQuery("""
                        with parked as (
                            delete from outbox_parked where stream_id = $1 returning stream_id),
                        back as (
                            delete from outbox_held h using events e, parked p
                            where e.position = h.position and e.stream_id = p.stream_id
                            returning h.position, h.traceparent, h.tracestate)
                        insert into outbox (position, traceparent, tracestate)
                        select position, traceparent, tracestate from back""")
                .execute(Tuple.of(streamId))
                .map(rows -> rows.rowCount()));
    }
}
