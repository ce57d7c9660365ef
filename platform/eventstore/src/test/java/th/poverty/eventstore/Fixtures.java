package th.poverty.eventstore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Pool;

/** Helpers the event store tests share. */
final class Fixtures {

    private Fixtures() {
    }

    static EventMetadata metadata() {
        return new EventMetadata("tester", "field-team", "because", UUID.randomUUID(), null, Instant.now(), "24010101");
    }

    static NewEvent event(String type, int n) {
        return new NewEvent(type, 1, "{\"n\":" + n + "}");
    }

    static long count(Pool pool, String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    static List<StoredEvent> append(Pool pool, EventStore store, String stream, long expected, NewEvent... events) {
        return pool.withTransaction(tx -> store.append(tx, stream, "probe", expected, List.of(events), metadata()))
                .await().indefinitely();
    }
}
