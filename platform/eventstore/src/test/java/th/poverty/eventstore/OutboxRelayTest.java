package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.eventstore.Fixtures.append;
import static th.poverty.eventstore.Fixtures.count;
import static th.poverty.eventstore.Fixtures.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.testing.Infrastructure;
import th.poverty.testing.InfrastructureResource;

@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class OutboxRelayTest {

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    @Test
    void publishesEveryStoredEventOnceInStreamOrderThroughABrokerRestart() throws Exception {
        var kafka = Infrastructure.shared().kafka();
        List<String> streams = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            streams.add("relay-" + UUID.randomUUID());
        }
        Map<String, Long> versions = new HashMap<>();
        var appending = new AtomicBoolean(true);
        var writer = CompletableFuture.runAsync(() -> {
            int n = 0;
            while (appending.get()) {
                String stream = streams.get(n % streams.size());
                long expected = versions.getOrDefault(stream, 0L);
                append(pool, store, stream, expected, event("Noted", n), event("Noted", n + 1));
                versions.put(stream, expected + 2);
                n += 2;
                sleep(5);
            }
        });

        sleep(800);
        kafka.stop();
        sleep(3_000);
        kafka.start();
        sleep(800);
        appending.set(false);
        writer.join();

        long stored = versions.values().stream().mapToLong(Long::longValue).sum();
        await().atMost(Duration.ofSeconds(60)).until(() -> count(pool, "select count(*) from outbox") == 0);

        Map<String, List<Long>> published = readTopic(kafka.bootstrapServers(), "test.events", streams, stored);
        assertThat(published.values().stream().mapToLong(List::size).sum()).isEqualTo(stored);
        for (String stream : streams) {
            long last = versions.getOrDefault(stream, 0L);
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= last; v++) {
                expected.add(v);
            }
            assertThat(published.getOrDefault(stream, List.of())).as(stream).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aPublishedEventCarriesItsCloudEventEnvelope() throws Exception {
        String stream = "envelope-" + UUID.randomUUID();
        var stored = append(pool, store, stream, 0, event("Opened", 1)).getFirst();

        ConsumerRecord<String, String> record = readRecords(Infrastructure.shared().kafka().bootstrapServers(), "test.events",
                r -> r.key().equals(stream), 1).getFirst();

        var json = EventCodec.defaultMapper();
        assertThat(json.readTree(record.value())).isEqualTo(json.readTree(stored.payload()));
        assertThat(header(record, "ce_id")).isEqualTo(stored.eventId().toString());
        assertThat(header(record, "ce_type")).isEqualTo("Opened");
        assertThat(header(record, "ce_source")).isEqualTo("eventstore-test");
        assertThat(header(record, "ce_subject")).isEqualTo(stream);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_streamversion")).isEqualTo("1");
        assertThat(header(record, "ce_actor")).isEqualTo("tester");
        assertThat(header(record, "ce_reason")).isEqualTo("because");
        assertThat(header(record, "ce_areacode")).isEqualTo("24010101");
        assertThat(header(record, "traceparent"))
                .startsWith("00-" + stored.metadata().correlationId().toString().replace("-", ""));
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        var header = record.headers().lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, List<Long>> readTopic(String bootstrap, String topic, List<String> streams, long expected) {
        Map<String, List<Long>> published = new HashMap<>();
        readRecords(bootstrap, topic, r -> streams.contains(r.key()), expected).forEach(r -> published
                .computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(Long.parseLong(header(r, "ce_streamversion"))));
        return published;
    }

    /** Reads the topic from the start as a read-committed consumer until {@code expected} matches arrived, then 2 s more. */
    static List<ConsumerRecord<String, String>> readRecords(String bootstrap, String topic,
                                                            java.util.function.Predicate<ConsumerRecord<String, String>> match,
                                                            long expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 60_000;
            long settleUntil = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, settleUntil)) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        records.add(record);
                    }
                }
                if (records.size() >= expected && settleUntil == Long.MAX_VALUE) {
                    settleUntil = System.currentTimeMillis() + 2_000;
                }
            }
        }
        return records;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
