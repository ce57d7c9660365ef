package th.poverty.eventstore;

import java.time.Duration;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Idempotent consumption: the event id is recorded for the consumer in the same transaction as
 * the effect, so a redelivered event changes nothing. A {@link PoisonMessage} fails the message
 * (the channel's dead-letter strategy sends it on with the reason); any other failure, such as
 * the database being away, is retried with back-off, so nothing is lost while it is down.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private final Pool pool;
    private final EventStoreMetrics metrics;

    public Inbox(Pool pool, EventStoreMetrics metrics) {
        this.pool = pool;
        this.metrics = metrics;
    }

    /**
     * Handles a Kafka record once for {@code consumer}.
     *
     * @param effect what handling means, run inside the transaction that records the event id
     * @return completes when handled or skipped; fails only with a {@link PoisonMessage}
     */
    public Uni<Void> handleOnce(String consumer, ConsumerRecord<String, String> record,
                                BiFunction<SqlConnection, IncomingEvent, Uni<Void>> effect) {
        IncomingEvent event;
        try {
            event = CloudEventHeaders.read(record.headers(), record.value());
        } catch (PoisonMessage poison) {
            metrics.deadLettered(consumer);
            return Uni.createFrom().failure(poison);
        }
        return handleOnce(consumer, event, effect);
    }

    public Uni<Void> handleOnce(String consumer, IncomingEvent event,
                                BiFunction<SqlConnection, IncomingEvent, Uni<Void>> effect) {
        return pool.withTransaction(tx -> tx
                        .preparedQuery("insert into inbox (consumer, event_id) values ($1, $2) on conflict do nothing")
                        .execute(Tuple.of(consumer, event.eventId()))
                        .flatMap(rows -> {
                            if (rows.rowCount() == 0) {
                                metrics.duplicateSkipped(consumer);
                                return Uni.createFrom().item(false);
                            }
                            return Uni.createFrom().deferred(() -> effect.apply(tx, event)).replaceWith(true);
                        }))
                .onItem().invoke(handled -> {
                    if (handled) {
                        metrics.handled(consumer);
                    }
                })
                .onFailure(failure -> !(failure instanceof PoisonMessage))
                .invoke(failure -> LOG.warnf("%s: %s %s not handled yet (%s); retrying", consumer, event.type(),
                        event.eventId(), failure.getMessage()))
                .onFailure(failure -> !(failure instanceof PoisonMessage))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).indefinitely()
                .onFailure(PoisonMessage.class)
                .invoke(() -> metrics.deadLettered(consumer))
                .replaceWithVoid();
    }
}
