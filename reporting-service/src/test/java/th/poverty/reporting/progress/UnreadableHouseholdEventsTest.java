package th.poverty.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.HouseholdEventsTopic.deadLetters;
import static th.poverty.reporting.HouseholdEventsTopic.event;
import static th.poverty.reporting.HouseholdEventsTopic.identified;
import static th.poverty.reporting.HouseholdEventsTopic.newHouseholdId;
import static th.poverty.reporting.HouseholdEventsTopic.publish;
import static th.poverty.reporting.HouseholdEventsTopic.send;
import static th.poverty.reporting.progress.ProgressApi.identified;
import static th.poverty.reporting.progress.ProgressApi.plus;
import static th.poverty.testing.KafkaTopics.header;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.testing.InfrastructureResource;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class UnreadableHouseholdEventsTest {

    @Inject
    Pool pool;

    @Test
    void unreadableEventsGoToTheDeadLetterTopicWithTheirReasonAndTheNextIsStillCounted() {
        String household = newHouseholdId();
        String village = "24010103";
        var garbled = event(household, "HouseholdIdentified", 1, "not json " + UUID.randomUUID(), village);
        var incomplete = event(household, "HouseholdIdentified", 1,
                identified(household, "BMN_SURVEY", village).payload().replaceFirst("\"villageCode\": \"\\d+\",", ""), village);
        String bare = "{\"householdId\": \"" + household + "\"}";
        var visited = event(household, "HouseholdVisited", 2, bare, village);
        var before = identified(village);

        // all keyed by the household, so on one partition: the good event comes after the bad ones
        publish(garbled);
        publish(incomplete);
        send(household, bare, new RecordHeaders());
        publish(visited);
        publish(identified(household, "COMMUNITY_FORUM", village));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(identified(village)).isEqualTo(plus(before, 0, 1)));
        var dead = deadLetters(record -> household.equals(record.key()), 3);
        assertThat(dead).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder(garbled.payload(), incomplete.payload(), bare);
        assertThat(dead).allSatisfy(record -> assertThat(header(record, "dead-letter-reason")).isNotBlank());
        assertThat(reasonFor(dead, garbled.payload())).contains("unreadable");
        assertThat(reasonFor(dead, incomplete.payload())).contains("villageCode");
        assertThat(reasonFor(dead, bare)).contains("not a CloudEvent");
        // an event type reporting does not count is handled (recorded, skipped), not dead
        assertThat(inboxed(visited.eventId())).isTrue();
        assertThat(inboxed(garbled.eventId())).isFalse();
    }

    private static String reasonFor(List<ConsumerRecord<String, String>> dead, String value) {
        return header(dead.stream().filter(record -> value.equals(record.value())).findFirst().orElseThrow(),
                "dead-letter-reason");
    }

    private boolean inboxed(UUID eventId) {
        return pool.preparedQuery("select count(*) from inbox where consumer = 'area-progress' and event_id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely().iterator().next().getLong(0) == 1;
    }
}
