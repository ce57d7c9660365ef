package th.poverty.eventstore;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Creating requests remembered by their {@code Idempotency-Key}: a retry of the same request
 * gets the stream the first one created; the same key with another body is refused.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The stream created under {@code key}, if any. */
    public Uni<Optional<String>> find(SqlClient client, String key, String requestHash) {
        return client.preparedQuery("select request_hash, stream_id from idempotency_keys where idempotency_key = $1")
                .execute(Tuple.of(key))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    var row = rows.iterator().next();
                    if (!row.getString(0).equals(requestHash)) {
                        throw new IdempotencyKeyReused(key);
                    }
                    return Optional.of(row.getString(1));
                });
    }

    /** Records the key in the creating transaction; a concurrent twin makes that transaction fail. */
    public Uni<Void> remember(SqlConnection tx, String key, String requestHash, String streamId) {
        return tx.preparedQuery("insert into idempotency_keys (idempotency_key, request_hash, stream_id) values ($1, $2, $3)")
                .execute(Tuple.of(key, requestHash, streamId))
                .replaceWithVoid();
    }

    /** The key was used before for a different request. */
    public static final class IdempotencyKeyReused extends RuntimeException {
        public IdempotencyKeyReused(String key) {
            super("Idempotency-Key " + key + " was already used for a different request");
        }
    }
}
