package th.poverty.eventstore;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Keeps a service's read model in step with one aggregate type's events, in the appending
 * transaction. It is handed the aggregate as the event left it, so the read model writes the
 * folded state rather than repeating the aggregate's rules in SQL, and the stored event for
 * what only the log knows (its version, its time).
 */
@FunctionalInterface
public interface Projection<A, E> {

    Uni<Void> apply(SqlConnection tx, A after, E event, StoredEvent stored);

    /** For an aggregate whose read model lives elsewhere. */
    static <A, E> Projection<A, E> none() {
        return (tx, after, event, stored) -> Uni.createFrom().voidItem();
    }
}
