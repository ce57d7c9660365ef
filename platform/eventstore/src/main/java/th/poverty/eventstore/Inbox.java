package th.poverty.eventstore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
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
 * batch is handled again one event per transaction to find it. Any other failure, such as the
 * database being away, is retried with back-off, so nothing is lost while it is down.
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

    public Inbox(Pool pool, DeadLetters deadLetters, EventStoreMetrics metrics) {
        this.pool = pool;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    /**
     * Handles a poll's records once each for {@code consumer}.
     *
     * @return completes when every record is handled, skipped as handled before, or parked
     */
    public Uni<Void> handle(String consumer, ConsumerRecords<String, String> records, Effect effect) {
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
        return parked.chain(() -> inOneTransaction(consumer, List.copyOf(readable.keySet()), effect)
                .onFailure(PoisonMessage.class)
                .recoverWithUni(poison -> oneByOne(consumer, readable, effect)));
    }

    private Uni<Void> inOneTransaction(String consumer, List<IncomingEvent> events, Effect effect) {
        return retried(consumer, events.size() + " events", pool.withTransaction(tx -> recordNew(tx, consumer, events)
                .flatMap(fresh -> effect.apply(tx, fresh).replaceWith(fresh.size())))
                .invoke(handled -> counted(consumer, events.size(), handled))
                .replaceWithVoid());
    }

    /** The batch again, one event per transaction, so the one that can never be handled is parked alone. */
    private Uni<Void> oneByOne(String consumer, Map<IncomingEvent, ConsumerRecord<String, String>> readable,
                               Effect effect) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (var entry : readable.entrySet()) {
            chain = chain.chain(() -> inOneTransaction(consumer, List.of(entry.getKey()), effect)
                    .onFailure(PoisonMessage.class)
                    .recoverWithUni(poison -> park(consumer, entry.getValue(), poison)));
        }
        return chain;
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
        return retried(consumer, "dead letter " + record.topic() + "-" + record.partition() + "@" + record.offset(),
                deadLetters.park(consumer, record, poison))
                .invoke(() -> metrics.deadLettered(consumer));
    }

    /** Retries what fails for any reason but a poison message, with back-off, for as long as it takes. */
    private static <T> Uni<T> retried(String consumer, String what, Uni<T> work) {
        return work
                .onFailure(failure -> !(failure instanceof PoisonMessage))
                .invoke(failure -> LOG.warnf("%s: %s not handled yet (%s); retrying", consumer, what, failure.getMessage()))
                .onFailure(failure -> !(failure instanceof PoisonMessage))
                .retry().withBackOff(FIRST_RETRY, LAST_RETRY).indefinitely();
    }

    private void counted(String consumer, int events, int handled) {
        metrics.handled(consumer, handled);
        metrics.duplicatesSkipped(consumer, events - handled);
    }
}
