package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import th.poverty.testing.InfrastructureResource;

/**
 * A relay whose records are costly to make rests between batches under a backlog, so it works
 * at most its busy share of the time; one with a share of 1 goes straight on.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class RelayRestTest {

    /** What making one batch's records costs the source. */
    private static final Duration WORK = Duration.ofMillis(100);

    @Inject
    DataSource dataSource;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Test
    void underABacklogARelayWithAQuarterShareRestsThreeTimesAsLongAsItWorked() {
        List<Long> starts = batchStarts(0.25, 0x72657374L);

        for (int i = 1; i < starts.size(); i++) {
            // a batch takes at least WORK, so the next starts at least four times that later
            assertThat(Duration.ofNanos(starts.get(i) - starts.get(i - 1))).isGreaterThanOrEqualTo(WORK.multipliedBy(4));
        }
    }

    @Test
    void aRelayWithTheWholeShareTakesTheNextBatchOfABacklogAtOnce() {
        List<Long> starts = batchStarts(1, 0x72657375L);

        long backToBack = IntStream.range(1, starts.size())
                .filter(i -> starts.get(i) - starts.get(i - 1) < WORK.multipliedBy(4).toNanos()).count();
        assertThat(backToBack).isGreaterThanOrEqualTo(starts.size() / 2);
    }

    /** Runs a relay over a source that always owes a full batch until it has made six. */
    private List<Long> batchStarts(double busyShare, long lockKey) {
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        String topic = "relay-rest-" + lockKey;
        Relay.Source<Integer> backlog = new Relay.Source<>() {
            @Override
            public List<Integer> owed(Connection connection, int limit) {
                return IntStream.range(0, limit).boxed().toList();
            }

            @Override
            public List<ProducerRecord<String, String>> records(Connection connection, List<Integer> batch) {
                starts.add(System.nanoTime());
                try {
                    Thread.sleep(WORK);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return batch.stream().map(i -> new ProducerRecord<String, String>(topic, "k" + i, "v")).toList();
            }

            @Override
            public void published(Connection connection, List<Integer> batch) {
            }
        };
        var relay = new Relay(dataSource, kafkaConfig, new Relay.Settings("relay-rest", lockKey, "relay_rest",
                topic, 5, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ZERO, busyShare,
                Duration.ofSeconds(20)), backlog, count -> { });
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> starts.size() >= 6);
        } finally {
            relay.stop();
        }
        return List.copyOf(starts).subList(0, 6);
    }
}
