package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.eventstore.Fixtures.append;
import static th.poverty.eventstore.Fixtures.count;
import static th.poverty.eventstore.Fixtures.event;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.eventstore.ParkedEvents.Parked;
import th.poverty.testing.Infrastructure;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

/** An event the broker refuses for good stops its own stream only, until it is retried. */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class ParkingTest {

    private static final ConfigResource TOPIC = new ConfigResource(ConfigResource.Type.TOPIC, "test.events");

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    @Inject
    ParkedEvents parked;

    @Test
    void anEventTheTopicRefusesIsParkedItsStreamWaitsAndEveryOtherStreamGoesOn() throws Exception {
        String refused = "parked-" + UUID.randomUUID();
        String flowing = "flowing-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                Infrastructure.shared().kafka().bootstrapServers()))) {
            exists(admin);
            // lowered under the running relay: the store takes the event, the topic does not. (Kept above
            // the producer's batch.size, 16 KiB: below it, Kafka's producer splits a batch of small records
            // without end, KAFKA-8350.)
            limit(admin, AlterConfigOp.OpType.SET, "20480");
            append(pool, store, refused, 0, new NewEvent("Noted", 1, "{\"text\":\"" + incompressible(40_000) + "\"}"));
            append(pool, store, refused, 1, event("Noted", 2));
            append(pool, store, flowing, 0, event("Noted", 1), event("Noted", 2));

            assertThat(KafkaTopics.read("test.events", r -> r.key().equals(flowing), 2)).hasSize(2);
            await().atMost(Duration.ofSeconds(30)).until(() -> parkedOf(refused) != null);
            Parked parking = parkedOf(refused);
            assertThat(parking.version()).isEqualTo(1);
            assertThat(parking.reason()).containsIgnoringCase("large");
            assertThat(parking.waitingBehind()).isEqualTo(1);
            assertThat(count(pool, "select count(*) from outbox")).isZero();

            // the topic takes it again, and the stream is retried: both go out, in their order
            limit(admin, AlterConfigOp.OpType.DELETE, null);
            assertThat(parked.retry(refused).await().indefinitely()).isEqualTo(2);
            var published = KafkaTopics.read("test.events", r -> r.key().equals(refused), 2);
            assertThat(published).extracting(r -> KafkaTopics.header(r, "ce_streamversion")).containsExactly("1", "2");
            assertThat(parkedOf(refused)).isNull();
            assertThat(parked.retry(refused).await().indefinitely()).isZero();
        }
    }

    private Parked parkedOf(String stream) {
        return parked.list().await().indefinitely().stream().filter(p -> p.streamId().equals(stream)).findFirst()
                .orElse(null);
    }

    /** The topic as the broker makes it on its first record, if no other test published first. */
    private static void exists(Admin admin) throws Exception {
        try {
            admin.createTopics(List.of(new NewTopic(TOPIC.name(), Optional.empty(), Optional.empty()))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private static void limit(Admin admin, AlterConfigOp.OpType op, String bytes) throws Exception {
        Map<ConfigResource, Collection<AlterConfigOp>> change = Map.of(TOPIC, List.of(
                new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, bytes), op)));
        admin.incrementalAlterConfigs(change).all().get();
    }

    /** Text no compression shrinks below the topic's limit. */
    private static String incompressible(int length) {
        byte[] random = new byte[length];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random).substring(0, length);
    }
}
