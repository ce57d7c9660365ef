package th.poverty.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import th.poverty.eventstore.Inbox;

/**
 * Projects the events of household.events, team.events and plan.events, each once (the inbox
 * records it in the same transaction). Types reporting does not count are recorded and skipped,
 * or only logged for the household's timeline; a message that can never be read goes to the
 * topic's dead-letter topic with its reason.
 */
@ApplicationScoped
public class ProjectionConsumers {

    static final String NAME = "area-progress";

    private final Inbox inbox;
    private final Projector projector;

    public ProjectionConsumers(Inbox inbox, Projector projector) {
        this.inbox = inbox;
        this.projector = projector;
    }

    @Incoming("household-events")
    public Uni<Void> household(ConsumerRecord<String, String> record) {
        return consume(SourceTopic.HOUSEHOLD, record);
    }

    @Incoming("team-events")
    public Uni<Void> team(ConsumerRecord<String, String> record) {
        return consume(SourceTopic.TEAM, record);
    }

    @Incoming("plan-events")
    public Uni<Void> plan(ConsumerRecord<String, String> record) {
        return consume(SourceTopic.PLAN, record);
    }

    private Uni<Void> consume(SourceTopic topic, ConsumerRecord<String, String> record) {
        return inbox.handleOnce(NAME, record, (tx, incoming) -> topic.read(incoming)
                .map(consumed -> projector.project(tx, consumed))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }
}
