package th.poverty.eventstore;

import java.util.Optional;
import java.util.UUID;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A command sent with an {@code Idempotency-Key}, while it runs. Every append it makes claims
 * the key in the append's transaction ({@link EventStore}), so the command's events and the claim
 * commit together: a retry that finds the claim was applied already, and a twin sent at the same
 * moment waits on the claim and then finds it taken ({@link AlreadyApplied}) instead of applying
 * the command a second time.
 *
 * @param caller  the token's subject; keys are each caller's own
 * @param key     the request's Idempotency-Key
 * @param hash    method, path, query and body, to tell a retry from another request under the key
 * @param attempt this request, to tell its own claim (from an earlier transaction of it) from a twin's
 */
public record IdempotentRequest(String caller, String key, String hash, UUID attempt) {

    private static final String LOCAL = IdempotentRequest.class.getName();

    public static IdempotentRequest of(String caller, String key, String hash) {
        return new IdempotentRequest(caller, key, hash, UUID.randomUUID());
    }

    /** Marks this request as the one the current request's context runs. */
    public void run() {
        ContextLocals.put(LOCAL, this);
    }

    /** The request the current context runs with a key, if any (a consumer's batch has none). */
    public static Optional<IdempotentRequest> current() {
        return VertxContext.isOnDuplicatedContext() ? ContextLocals.get(LOCAL) : Optional.empty();
    }

    /** Claims the key of the request running here, if it has one, in {@code tx}. */
    static Uni<Void> claimCurrent(SqlConnection tx) {
        return current().map(request -> request.claim(tx)).orElseGet(Uni.createFrom()::voidItem);
    }

    private Uni<Void> claim(SqlConnection tx) {
        return tx.preparedQuery("""
                        insert into idempotent_requests (caller, idempotency_key, request_hash, attempt)
                        values ($1, $2, $3, $4) on conflict do nothing""")
                .execute(Tuple.of(caller, key, hash, attempt))
                .flatMap(inserted -> inserted.rowCount() == 1 ? Uni.createFrom().voidItem()
                        : tx.preparedQuery("select request_hash, attempt from idempotent_requests"
                                        + " where caller = $1 and idempotency_key = $2")
                                .execute(Tuple.of(caller, key))
                                .map(rows -> {
                                    var row = rows.iterator().next();
                                    if (!row.getString(0).equals(hash)) {
                                        throw new KeyReused(key);
                                    }
                                    if (!row.getUUID(1).equals(attempt)) {
                                        throw new AlreadyApplied(this);
                                    }
                                    return null;
                                }));
    }

    /** The key was claimed by a different request (another method, path, query or body). */
    public static final class KeyReused extends RuntimeException {

        private final String key;

        KeyReused(String key) {
            super("Idempotency-Key " + key + " was already used for a different request", null, false, false);
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Another request under the same key was applied first; this one changed nothing. */
    public static final class AlreadyApplied extends RuntimeException {

        private final transient IdempotentRequest request;

        AlreadyApplied(IdempotentRequest request) {
            super("A request with Idempotency-Key " + request.key() + " was already applied", null, false, false);
            this.request = request;
        }

        public IdempotentRequest request() {
            return request;
        }
    }
}
