package th.poverty.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
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
    public Uni<Void> household(ConsumerRecords<String, String> records) {
        return consume(SourceTopic.HOUSEHOLD, records);
    }

    @Incoming("team-events")
    public Uni<Void> team(ConsumerRecords<String, String> records) {
        return consume(SourceTopic.TEAM, records);
    }

    @Incoming("plan-events")
    public Uni<Void> plan(ConsumerRecords<String, String> records) {
        return consume(SourceTopic.PLAN, records);
    }

    private Uni<Void> consume(SourceTopic topic, ConsumerRecords<String, String> records) {
        return inbox.handle(NAME, records, (tx, events) -> projector.project(tx, events.stream()
                .flatMap(incoming -> topic.read(incoming).stream()).toList()));
    }
}
