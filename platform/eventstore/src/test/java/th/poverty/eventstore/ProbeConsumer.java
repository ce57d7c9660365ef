package th.poverty.eventstore;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A consumer as a service writes one: its effect is a row per handled event; a payload saying
 * "refused" is poison, and one saying "broken" fails as a bug would until {@link #FIXED}.
 */
@ApplicationScoped
public class ProbeConsumer {

    static final AtomicBoolean FIXED = new AtomicBoolean();

    private final Inbox inbox;

    public ProbeConsumer(Inbox inbox) {
        this.inbox = inbox;
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
            return tx.preparedQuery("insert into probe_effects (event_id, stream_id) values ($1, $2)")
                    .execute(Tuple.of(event.eventId(), event.streamId()))
                    .replaceWithVoid();
        }));
    }
}
