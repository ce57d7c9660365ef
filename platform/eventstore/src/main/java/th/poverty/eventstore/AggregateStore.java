package th.poverty.eventstore;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.domain.Versioned;

/**
 * One aggregate type's view of the event store: loads an aggregate by folding its stream and
 * appends the events its commands decided. Services create one per aggregate type.
 */
public final class AggregateStore<A, E> {

    private final EventStore store;
    private final EventCodec<E> codec;
    private final String streamType;
    private final Function<List<E>, A> rehydrate;

    public AggregateStore(EventStore store, EventCodec<E> codec, String streamType, Function<List<E>, A> rehydrate) {
        this.store = store;
        this.codec = codec;
        this.streamType = streamType;
        this.rehydrate = rehydrate;
    }

    public Uni<Optional<Versioned<A>>> load(SqlClient client, String streamId) {
        return store.readStream(client, streamId).map(stored -> {
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            List<E> events = stored.stream().map(codec::decode).toList();
            return Optional.of(new Versioned<>(rehydrate.apply(events), stored.getLast().version()));
        });
    }

    public Uni<List<StoredEvent>> append(SqlConnection tx, String streamId, long expectedVersion, List<E> events,
                                         EventMetadata metadata) {
        return store.append(tx, streamId, streamType, expectedVersion, events.stream().map(codec::encode).toList(), metadata);
    }

    /** The stream as stored, for history views. */
    public Uni<List<StoredEvent>> history(SqlClient client, String streamId) {
        return store.readStream(client, streamId);
    }

    public EventCodec<E> codec() {
        return codec;
    }

    public String streamType() {
        return streamType;
    }
}
