package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static th.poverty.eventstore.Fixtures.count;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class InboxTest {

    @Inject
    Pool pool;

    @Inject
    Inbox inbox;

    @Test
    void aRedeliveredEventChangesNothing() {
        String stream = "inbox-" + UUID.randomUUID();
        var event = stored(stream, "{\"n\":1}");
        Headers headers = CloudEventHeaders.of(event, "probe-source");

        send(stream, event.payload(), headers);
        send(stream, event.payload(), headers);
        // same key, so the same partition: the marker is handled only after both copies
        String marker = "marker-" + UUID.randomUUID();
        send(stream, "{}", CloudEventHeaders.of(stored(marker, "{}"), "probe-source"));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(marker) == 1);
        assertThat(effects(stream)).isEqualTo(1);
    }

    /**
     * A household whose event fails as a bug would: tried a few times, then dead-lettered with the
     * reason; its later event waits behind it while another household's go on; once the consumer is
     * fixed, the replay handles both, in their order.
     */
    @Test
    void anEventThatKeepsFailingIsDeadLetteredAndHoldsItsHouseholdUntilReplayed() {
        String failing = "failing-" + UUID.randomUUID();
        String flowing = "flowing-" + UUID.randomUUID();
        var first = stored(failing, "{\"broken\":true}");
        var second = stored(failing, "{}");
        send(failing, first.payload(), CloudEventHeaders.of(first, "probe-source"));
        send(flowing, "{}", CloudEventHeaders.of(stored(flowing, "{}"), "probe-source"));
        send(failing, second.payload(), CloudEventHeaders.of(second, "probe-source"));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(flowing) == 1);
        await().atMost(Duration.ofSeconds(60)).until(() -> count(pool,
                "select count(*) from inbox_held where stream_id = '" + failing + "'") == 2);
        assertThat(effects(failing)).isZero();
        var dead = KafkaTopics.read("probe.events.dlq", r -> r.key().equals(failing), 1);
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.getFirst().headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("cannot handle");
        assertThat(inbox.held().await().indefinitely()).filteredOn(h -> h.streamId().equals(failing)).singleElement()
                .satisfies(h -> assertThat(h.events()).isEqualTo(2))
                .satisfies(h -> assertThat(h.reason()).contains("cannot handle"));

        // still broken: the replay fails and keeps them
        assertThatThrownBy(() -> inbox.replay("probe", failing).await().indefinitely()).hasMessageContaining("cannot handle");
        ProbeConsumer.FIXED.set(true);
        try {
            assertThat(inbox.replay("probe", failing).await().indefinitely()).isEqualTo(2);
        } finally {
            ProbeConsumer.FIXED.set(false);
        }
        assertThat(pool.preparedQuery("select event_id from probe_effects where stream_id = $1 order by handled_order")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(failing)).await().indefinitely())
                .extracting(row -> row.getUUID(0)).containsExactly(first.eventId(), second.eventId());
        assertThat(count(pool, "select count(*) from inbox_held where stream_id = '" + failing + "'")).isZero();
        assertThat(inbox.replay("probe", failing).await().indefinitely()).isZero();
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextIsStillHandled() {
        String garbled = "poison-" + UUID.randomUUID();
        var noEnvelope = new RecordHeaders();
        noEnvelope.add("ce_type", "Garbled".getBytes(StandardCharsets.UTF_8));
        send(garbled, "not json at all", noEnvelope);
        String refused = "refused-" + UUID.randomUUID();
        send(refused, "{\"refused\":true}", CloudEventHeaders.of(stored(refused, "{\"refused\":true}"), "probe-source"));
        String next = "next-" + UUID.randomUUID();
        send(next, "{}", CloudEventHeaders.of(stored(next, "{}"), "probe-source"));

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(next) == 1);
        assertThat(effects(refused)).isZero();

        var dead = KafkaTopics.read("probe.events.dlq", r -> r.key().equals(garbled) || r.key().equals(refused), 2);
        assertThat(dead).extracting(r -> r.key()).containsExactlyInAnyOrder(garbled, refused);
        assertThat(dead).allSatisfy(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
        var refusedReason = dead.stream().filter(r -> r.key().equals(refused)).findFirst().orElseThrow()
                .headers().lastHeader("dead-letter-reason").value();
        assertThat(new String(refusedReason, StandardCharsets.UTF_8)).contains("the domain refuses");
    }

    /**
     * Fifty events under one key, so in order on one partition and mostly in one poll: the one the
     * effect refuses is parked alone, each of the others has its effect once, and the batch's
     * redelivered copy changes nothing.
     */
    @Test
    void aBatchWithOneRefusedEventHandlesEveryOtherEventOnce() {
        String key = "batch-" + UUID.randomUUID();
        String refused = key + "-refused";
        for (int i = 0; i < 50; i++) {
            String stream = i == 25 ? refused : key + "-" + i;
            String payload = i == 25 ? "{\"refused\":true}" : "{}";
            var event = stored(stream, payload);
            send(key, payload, CloudEventHeaders.of(event, "probe-source"));
            if (i == 10) {
                send(key, payload, CloudEventHeaders.of(event, "probe-source"));
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> effects(key + "-49") == 1);
        assertThat(count(pool, "select count(*) from probe_effects where stream_id like '" + key + "-%'")).isEqualTo(49);
        assertThat(effects(refused)).isZero();
        assertThat(KafkaTopics.read("probe.events.dlq", r -> r.key().equals(key), 1)).singleElement()
                .satisfies(dead -> assertThat(KafkaTopics.header(dead, DeadLetters.REASON)).contains("the domain refuses"));
    }

    private long effects(String stream) {
        return count(pool, "select count(*) from probe_effects where stream_id = '" + stream + "'");
    }

    private static StoredEvent stored(String stream, String payload) {
        return new StoredEvent(1, stream, "probe", 1, UUID.randomUUID(), "Noted", 1, payload, Fixtures.metadata(),
                Instant.now());
    }

    private static void send(String key, String value, Headers headers) {
        KafkaTopics.publish("probe.events", key, value, headers);
    }
}
