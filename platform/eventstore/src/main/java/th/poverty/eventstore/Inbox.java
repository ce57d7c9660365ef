package th.poverty.eventstore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The one way a service consumes another service's events: idempotently, a poll's batch at a
 * time. The batch's event ids are recorded for the consumer in the same transaction as the effect
 * of the events not recorded before, so a redelivered event changes nothing, and a batch costs one
 * transaction however many events it holds. The effect gets the new events in the order Kafka gave
 * them, which keeps each household's order.
 * <p>
 * A message that can never be handled ({@link PoisonMessage}) is parked on the topic's
 * dead-letter topic ({@link DeadLetters}) and the others go on: when the effect refuses one, the
 * batch is handled again one event per transaction to find it. The database being away is waited
 * out with back-off, so nothing is lost while it is down. Any other failure is a fault of this
 * event or of the consumer: the event is tried {@code eventstore.inbox.attempts} times, then
 * dead-lettered with its reason, and its stream's later events are held ({@code inbox_held}) so
 * none overtakes it, while other households go on, until an operator {@link #replay}s them.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(10);

    /** What handling events means for a consumer, run inside the transaction that records them as handled. */
    @FunctionalInterface
    public interface Effect {
        Uni<Void> apply(SqlConnection tx, List<IncomingEvent> events);
    }

    private final Pool pool;
    private final DeadLetters deadLetters;
    private final EventStoreMetrics metrics;
    private final int attempts;
    private final Tracing tracing;
    /** Each consumer's effect as it last handled a batch: what a replay runs. */
    private final Map<String, Effect> effects = new ConcurrentHashMap<>();

    public Inbox(Pool pool, DeadLetters deadLetters, EventStoreMetrics metrics, Tracing tracing,
                 @ConfigProperty(name = "eventstore.inbox.attempts", defaultValue = "5") int attempts) {
        this.pool = pool;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.tracing = tracing;
        this.attempts = attempts;
    }

    /** A stream a consumer holds back, with the reason its first event was dead-lettered. */
    public record HeldStream(String consumer, String streamId, long events, String reason, Instant heldSince) {
    }

    /**
     * Handles a poll's records once each for {@code consumer}, under a CONSUMER span continuing the
     * records' trace ({@link Tracing#consuming}): the effect's queries and the events it appends
     * belong to it.
     *
     * @return completes when every record is handled, skipped as handled before, or parked
     */
    public Uni<Void> handle(String consumer, ConsumerRecords<String, String> records, Effect effect) {
        effects.put(consumer, effect);
        if (!tracing.enabled() || records.isEmpty()) {
            return handleBatch(consumer, records, effect);
        }
        List<TraceContext> contexts = new ArrayList<>(records.count());
        String topic = null;
        for (ConsumerRecord<String, String> record : records) {
            contexts.add(CloudEventHeaders.traceContext(record.headers()));
            topic = topic == null ? record.topic() : topic;
        }
        var span = tracing.consuming(consumer, topic, contexts, records.count());
        return tracing.within(span, () -> handleBatch(consumer, records, effect));
    }

    private Uni<Void> handleBatch(String consumer, ConsumerRecords<String, String> records, Effect effect) {
        Map<IncomingEvent, ConsumerRecord<String, String>> readable = new LinkedHashMap<>();
        Uni<Void> parked = Uni.createFrom().voidItem();
        for (ConsumerRecord<String, String> record : records) {
            try {
                readable.put(CloudEventHeaders.read(record.headers(), record.value()), record);
            } catch (PoisonMessage poison) {
                parked = parked.chain(() -> park(consumer, record, poison));
            }
        }
        if (readable.isEmpty()) {
            return parked;
        }
        return parked.chain(() -> whileAway(consumer, "held streams", heldAmong(consumer, readable.keySet())))
                .chain(held -> {
                    if (held.isEmpty()) {
                        return inOneTransaction(consumer, List.copyOf(readable.keySet()), effect)
                                .onFailure(failure -> !DatabaseOutage.causedBy(failure))
                                .recoverWithUni(failure -> oneByOne(consumer, readable, effect, Set.of()));
                    }
                    return oneByOne(consumer, readable, effect, held);
                });
    }

    private Uni<Void> inOneTransaction(String consumer, List<IncomingEvent> events, Effect effect) {
        return whileAway(consumer, events.size() + " events", pool.withTransaction(tx -> recordNew(tx, consumer, events)
                .flatMap(fresh -> effect.apply(tx, fresh).replaceWith(fresh.size())))
                .invoke(handled -> counted(consumer, events.size(), handled))
                .replaceWithVoid());
    }

    /**
     * The batch again, one event per transaction, so the one that can never be handled is parked
     * alone, and the one that keeps failing is dead-lettered after its attempts and holds its
     * stream: the stream's later events, here and in later batches, wait behind it.
     */
    private Uni<Void> oneByOne(String consumer, Map<IncomingEvent, ConsumerRecord<String, String>> readable,
                               Effect effect, Set<String> heldBefore) {
        Set<String> held = new HashSet<>(heldBefore);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var entry : readable.entrySet()) {
            IncomingEvent event = entry.getKey();
            ConsumerRecord<String, String> record = entry.getValue();
            chain = chain.chain(() -> held.contains(event.streamId())
                    ? hold(consumer, event, record, null)
                    : inOneTransaction(consumer, List.of(event), effect)
                            .onFailure(PoisonMessage.class).recoverWithUni(poison -> park(consumer, record, poison))
                            .onFailure().invoke(failure -> LOG.warnf("%s: event %s of %s failed (%s)", consumer,
                                    event.eventId(), event.streamId(), failure.getMessage()))
                            .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).atMost(attempts - 1L)
                            .onFailure().recoverWithUni(failure -> {
                                held.add(event.streamId());
                                return park(consumer, record, failure)
                                        .chain(() -> hold(consumer, event, record, failure.getMessage()));
                            }));
        }
        return chain;
    }

    /** The streams among the events' that the consumer holds back. */
    private Uni<Set<String>> heldAmong(String consumer, Collection<IncomingEvent> events) {
        String[] streams = events.stream().map(IncomingEvent::streamId).distinct().toArray(String[]::new);
        return pool.preparedQuery("select distinct stream_id from inbox_held where consumer = $1 and stream_id = any($2)")
                .execute(Tuple.of(consumer, streams))
                .map(rows -> {
                    Set<String> held = new HashSet<>();
                    rows.forEach(row -> held.add(row.getString(0)));
                    return held;
                });
    }

    /** Keeps the event behind its stream's first failure, as it came; {@code reason} on that first one only. */
    private Uni<Void> hold(String consumer, IncomingEvent event, ConsumerRecord<String, String> record, String reason) {
        JsonObject headers = new JsonObject();
        record.headers().forEach(header -> headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8)));
        return whileAway(consumer, "holding " + event.eventId(), pool.preparedQuery("""
                        insert into inbox_held (consumer, stream_id, event_id, topic, value, headers, reason)
                        values ($1, $2, $3, $4, $5, $6, $7)""")
                .execute(Tuple.from(Arrays.asList(consumer, event.streamId(), event.eventId(), record.topic(),
                        record.value(), headers, reason)))
                .invoke(() -> metrics.held(consumer))
                .replaceWithVoid());
    }

    /** The streams each consumer holds back, oldest first. */
    public Uni<List<HeldStream>> held() {
        return pool.query("""
                        select consumer, stream_id, count(*), max(reason), min(held_at) from inbox_held
                        group by consumer, stream_id order by min(held_at)""")
                .execute()
                .map(rows -> {
                    List<HeldStream> held = new ArrayList<>();
                    rows.forEach(row -> held.add(new HeldStream(row.getString(0), row.getString(1), row.getLong(2),
                            row.getString(3), row.getOffsetDateTime(4).toInstant())));
                    return held;
                });
    }

    /**
     * Handles a held stream's events, in their order, in one transaction, and releases the
     * stream; the number handled (0 when nothing is held). If the effect fails again, nothing
     * changes and the failure is the answer.
     */
    public Uni<Integer> replay(String consumer, String streamId) {
        Effect effect = effects.getOrDefault(consumer, (tx, events) -> Uni.createFrom().failure(new IllegalStateException(
                "consumer " + consumer + " has handled nothing since this instance started")));
        return pool.withTransaction(tx -> tx.preparedQuery("""
                        delete from inbox_held where consumer = $1 and stream_id = $2
                        returning seq, value, headers::text""")
                .execute(Tuple.of(consumer, streamId))
                .flatMap(rows -> {
                    List<Map.Entry<Long, IncomingEvent>> held = new ArrayList<>();
                    rows.forEach(row -> held.add(Map.entry(row.getLong(0),
                            CloudEventHeaders.read(headersOf(row.getString(2)), row.getString(1)))));
                    held.sort(Map.Entry.comparingByKey());
                    List<IncomingEvent> events = held.stream().map(Map.Entry::getValue).toList();
                    if (events.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    return recordNew(tx, consumer, events)
                            .flatMap(fresh -> effect.apply(tx, fresh))
                            .replaceWith(events.size());
                }));
    }

    private static Headers headersOf(String json) {
        Headers headers = new RecordHeaders();
        new JsonObject(json).forEach(header -> headers.add(header.getKey(),
                header.getValue().toString().getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    /** Records the events' ids for the consumer; returns the events not recorded before, in order, once each. */
    private static Uni<List<IncomingEvent>> recordNew(SqlConnection tx, String consumer, List<IncomingEvent> events) {
        UUID[] ids = events.stream().map(IncomingEvent::eventId).toArray(UUID[]::new);
        return tx.preparedQuery("""
                        insert into inbox (consumer, event_id) select $1, id from unnest($2::uuid[]) as ids (id)
                        on conflict do nothing returning event_id""")
                .execute(Tuple.of(consumer, ids))
                .map(rows -> {
                    Set<UUID> recorded = new HashSet<>(rows.size() * 2);
                    rows.forEach(row -> recorded.add(row.getUUID(0)));
                    List<IncomingEvent> fresh = new ArrayList<>(recorded.size());
                    for (IncomingEvent event : events) {
                        if (recorded.remove(event.eventId())) {
                            fresh.add(event);
                        }
                    }
                    return fresh;
                });
    }

    private Uni<Void> park(String consumer, ConsumerRecord<String, String> record, Throwable poison) {
        LOG.warnf("%s: parking %s-%d@%d on the dead-letter topic: %s", consumer, record.topic(), record.partition(),
                record.offset(), poison.getMessage());
        return untilDone(consumer, "dead letter " + record.topic() + "-" + record.partition() + "@" + record.offset(),
                deadLetters.park(consumer, record, poison))
                .invoke(() -> metrics.deadLettered(consumer));
    }

    /** Waits out the database being away, with back-off, for as long as it takes; any other failure is the caller's. */
    private static <T> Uni<T> whileAway(String consumer, String what, Uni<T> work) {
        return work
                .onFailure(DatabaseOutage::causedBy)
                .invoke(failure -> LOG.warnf("%s: %s not handled yet (%s); retrying", consumer, what, failure.getMessage()))
                .onFailure(DatabaseOutage::causedBy)
                .retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely();
    }

    /** Retries publishing to Kafka for as long as it takes: a dead letter is never dropped. */
    private static <T> Uni<T> untilDone(String consumer, String what, Uni<T> work) {
        return work
                .onFailure().invoke(failure -> LOG.warnf("%s: %s not done yet (%s); retrying", consumer, what,
                        failure.getMessage()))
                .onFailure().retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely();
    }

    private void counted(String consumer, int events, int handled) {
        metrics.handled(consumer, handled);
        metrics.duplicatesSkipped(consumer, events - handled);
    }
}
