package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.poverty.eventstore.Fixtures.append;
import static th.poverty.eventstore.Fixtures.count;
import static th.poverty.eventstore.Fixtures.event;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.testing.InfrastructureResource;

@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class AppendTest {

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    @Test
    void appendsAndReadsAStreamInVersionOrder() {
        String stream = "s-" + UUID.randomUUID();
        append(pool, store, stream, 0, event("Opened", 1), event("Noted", 2));
        append(pool, store, stream, 2, event("Noted", 3));

        List<StoredEvent> events = store.readStream(pool, stream).await().indefinitely();

        assertThat(events).extracting(StoredEvent::version).containsExactly(1L, 2L, 3L);
        assertThat(events).extracting(StoredEvent::type).containsExactly("Opened", "Noted", "Noted");
        assertThat(events.get(2).payload()).as("stored as written").isEqualTo("{\"n\":3}");
        assertThat(events.get(0).metadata().actor()).isEqualTo("tester");
        assertThat(store.currentVersion(pool, stream).await().indefinitely()).isEqualTo(3L);
    }

    @Test
    void aStaleVersionConflictsAndWritesNothing() {
        String stream = "s-" + UUID.randomUUID();
        append(pool, store, stream, 0, event("Opened", 1), event("Noted", 2));
        long before = count(pool, "select count(*) from events");
        long queuedBefore = count(pool, "select count(*) from outbox");

        assertThatThrownBy(() -> append(pool, store, stream, 1, event("Noted", 3), event("Noted", 4)))
                .isInstanceOfSatisfying(StreamVersionConflict.class, conflict -> {
                    assertThat(conflict.expectedVersion()).isEqualTo(1);
                    assertThat(conflict.actualVersion()).isEqualTo(2);
                });
        assertThatThrownBy(() -> append(pool, store, stream, 0, event("Opened", 1)))
                .isInstanceOf(StreamVersionConflict.class);
        assertThatThrownBy(() -> append(pool, store, stream, 7, event("Noted", 8)))
                .isInstanceOf(StreamVersionConflict.class);

        assertThat(count(pool, "select count(*) from events")).isEqualTo(before);
        assertThat(count(pool, "select count(*) from outbox")).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(queuedBefore);
        assertThat(store.currentVersion(pool, stream).await().indefinitely()).isEqualTo(2L);
    }

    @Test
    void ofConcurrentAppendsAtOneVersionExactlyOneWins() throws Exception {
        String stream = "s-" + UUID.randomUUID();
        append(pool, store, stream, 0, event("Opened", 1));
        int writers = 16;
        var start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> outcomes = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(writers)) {
            for (int i = 0; i < writers; i++) {
                int n = i;
                outcomes.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        append(pool, store, stream, 1, event("Noted", n));
                        return true;
                    } catch (StreamVersionConflict conflict) {
                        return false;
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }, executor));
            }
            start.countDown();
            long winners = outcomes.stream().map(CompletableFuture::join).filter(won -> won).count();
            assertThat(winners).isEqualTo(1);
        }
        assertThat(store.readStream(pool, stream).await().indefinitely()).hasSize(2);
    }

    @Test
    void manyNewStreamsAreCreatedTogetherOrNotAtAll() {
        String a = "bulk-" + UUID.randomUUID();
        String b = "bulk-" + UUID.randomUUID();
        var stored = pool.withTransaction(tx -> store.appendNewStreams(tx, "probe", List.of(
                new EventStore.NewStream(a, List.of(event("Opened", 1), event("Noted", 2)), Fixtures.metadata()),
                new EventStore.NewStream(b, List.of(event("Opened", 3)), Fixtures.metadata())))).await().indefinitely();

        assertThat(stored).extracting(StoredEvent::streamId, StoredEvent::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a, 1L), org.assertj.core.groups.Tuple.tuple(a, 2L),
                        org.assertj.core.groups.Tuple.tuple(b, 1L));
        assertThat(store.readStream(pool, a).await().indefinitely()).hasSize(2);
        assertThat(count(pool, "select count(*) from outbox o join events e using (position) where e.stream_id in ('"
                + a + "', '" + b + "')")).isBetween(0L, 3L);

        long before = count(pool, "select count(*) from events");
        String c = "bulk-" + UUID.randomUUID();
        assertThatThrownBy(() -> pool.withTransaction(tx -> store.appendNewStreams(tx, "probe", List.of(
                new EventStore.NewStream(c, List.of(event("Opened", 1)), Fixtures.metadata()),
                new EventStore.NewStream(a, List.of(event("Opened", 1)), Fixtures.metadata())))).await().indefinitely())
                .isInstanceOfSatisfying(StreamVersionConflict.class, conflict -> assertThat(conflict.streamId()).isEqualTo(a));
        assertThat(count(pool, "select count(*) from events")).isEqualTo(before);
        assertThat(store.currentVersion(pool, c).await().indefinitely()).isZero();
    }
}
