package th.poverty.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A consumer as a service writes one: its effect is a row per handled event; a payload saying
 * "refused" is poison, and one saying "broken" fails as a bug would until {@link #FIXED}. One
 * saying "echo" is answered, as a reaction in another service is, by an event of its own
 * ({@code Echoed} on the stream {@code echo-<stream>}).
 */
@ApplicationScoped
public class ProbeConsumer {

    static final AtomicBoolean FIXED = new AtomicBoolean();

    private final Inbox inbox;
    private final EventStore store;

    public ProbeConsumer(Inbox inbox, EventStore store) {
        this.inbox = inbox;
        this.store = store;
    }

    @Incoming("probe-in")
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return inbox.handle("probe", records, (tx, events) -> EventRuns.each(events, event -> {
            if (event.payload().contains("refused")) {
                throw new PoisonMessage("the domain refuses " + event.type());
            }
            if (event.payload().contains("broken") && !FIXED.get()) {
                throw new IllegalStateException("the probe cannot handle " + event.type() + " yet");
            }
            Uni<Void> effect = tx.preparedQuery("insert into probe_effects (event_id, stream_id) values ($1, $2)")
                    .execute(Tuple.of(event.eventId(), event.streamId()))
                    .replaceWithVoid();
            if (!event.payload().contains("echo")) {
                return effect;
            }
            var metadata = new EventMetadata("probe", null, "", event.metadata().correlationId(), event.eventId(),
                    Instant.now(), null);
            return effect.chain(() -> store.append(tx, "echo-" + event.streamId(), "probe", 0,
                    List.of(new NewEvent("Echoed", 1, "{}")), metadata)).replaceWithVoid();
        }));
    }
}
