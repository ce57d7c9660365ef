package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.eventstore.Fixtures.append;
import static th.poverty.eventstore.Fixtures.count;
import static th.poverty.eventstore.Fixtures.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.testing.Infrastructure;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class OutboxRelayTest {

    /** pg_locks splits the relay's 64-bit advisory key 0x6f7574626f78 into its high and low 32 bits. */
    private static final String RELAY_LOCK = "locktype = 'advisory' and classid = 28533 and objid = 1952608120 and granted";

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    @Inject
    OutboxRelay relay;

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

        Map<String, List<Long>> published = new HashMap<>();
        KafkaTopics.read("test.events", r -> streams.contains(r.key()), stored).forEach(r -> published
                .computeIfAbsent(r.key(), k -> new ArrayList<>())
                .add(Long.parseLong(header(r, "ce_streamversion"))));
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

    /** A quiet service whose database went away must be ready again once it is back, not at its next event. */
    @Test
    void aRelayThatLostItsDatabaseIsHealthyAgainOnceItFindsTheOutboxEmpty() {
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.healthy() && count(pool, "select count(*) from outbox") == 0);
        long before = leaderBackend();

        pool.query("select pg_terminate_backend(pid) from pg_locks where " + RELAY_LOCK).execute().await().indefinitely();

        await().atMost(Duration.ofSeconds(30)).until(() -> relay.leading() && leaderBackend() != before);
        await().atMost(Duration.ofSeconds(10)).until(relay::healthy);
    }

    /** The backend holding the relay's advisory lock (key "outbox"), -1 while none does. */
    private long leaderBackend() {
        var rows = pool.query("select pid from pg_locks where " + RELAY_LOCK).execute().await().indefinitely();
        return rows.size() == 0 ? -1 : rows.iterator().next().getInteger(0);
    }

    @Test
    void aPublishedEventCarriesItsCloudEventEnvelope() throws Exception {
        String stream = "envelope-" + UUID.randomUUID();
        var stored = append(pool, store, stream, 0, event("Opened", 1)).getFirst();

        ConsumerRecord<String, String> record = KafkaTopics.read("test.events", r -> r.key().equals(stream), 1).getFirst();

        var json = EventCodec.defaultMapper();
        assertThat(json.readTree(record.value())).isEqualTo(json.readTree(stored.payload()));
        assertThat(header(record, "ce_id")).isEqualTo(stored.eventId().toString());
        assertThat(header(record, "ce_type")).isEqualTo("Opened");
        assertThat(header(record, "ce_source")).isEqualTo("eventstore-test");
        assertThat(header(record, "ce_subject")).isEqualTo(stream);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_streamversion")).isEqualTo("1");
        assertThat(header(record, "ce_actor")).isEqualTo("tester");
        assertThat(header(record, "ce_reason")).as("a reason is free text, kept by the service").isNull();
        assertThat(record.value() + record.headers()).doesNotContain("because");
        assertThat(header(record, "ce_areacode")).isEqualTo("24010101");
        assertThat(header(record, "ce_correlationid")).isEqualTo(stored.metadata().correlationId().toString());
        assertThat(header(record, "traceparent")).as("the relay's span (TracingTest)").matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }

    private static String header(ConsumerRecord<String, String> record, String key) {
        return KafkaTopics.header(record, key);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
