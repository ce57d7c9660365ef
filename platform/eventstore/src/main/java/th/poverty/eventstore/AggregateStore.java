package th.poverty.eventstore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.domain.Decision;
import th.poverty.domain.Versioned;

/**
 * One aggregate type's commands, run the one way every service runs them: the aggregate is
 * loaded by folding its stream, checked visible to the caller and at the version the caller read
 * (412 otherwise), decides, and its events are appended together with the read model's changes,
 * all in the caller's transaction. A service creates one per aggregate type and brings its
 * aggregate, its events, its rules and its projection.
 */
public final class AggregateStore<A, E> {

    private final EventStore store;
    private final EventCodec<E> codec;
    private final String streamType;
    private final BiFunction<A, E, A> evolve;
    private final Projection<A, E> projection;

    /**
     * @param evolve     the aggregate after one more event; given null, the first event starts it
     * @param projection the read model's changes for each appended event
     */
    public AggregateStore(EventStore store, Class<E> events, String streamType, BiFunction<A, E, A> evolve,
                          Projection<A, E> projection) {
        this.store = store;
        this.codec = EventCodec.of(events);
        this.streamType = streamType;
        this.evolve = evolve;
        this.projection = projection;
    }

    /** The aggregate folded from its stream, with the stream's version; empty when there is no such stream. */
    public Uni<Optional<Versioned<A>>> load(SqlClient client, String streamId) {
        return store.readStream(client, streamId).map(stored -> {
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            A aggregate = null;
            for (StoredEvent event : stored) {
                aggregate = evolve.apply(aggregate, codec.decode(event));
            }
            return Optional.of(new Versioned<>(aggregate, stored.getLast().version()));
        });
    }

    /**
     * The command template: loads the aggregate inside {@code tx}, lets {@code visible} refuse an
     * aggregate the caller may not see (a 404 for one that is missing or outside their area),
     * refuses a version other than {@code expectedVersion}, lets the aggregate decide, and
     * appends what it decided with the read model's changes.
     *
     * @param recordedAs the event metadata (who, why, where), given the aggregate as the events leave it;
     *                   it may refuse a result outside the caller's area
     */
    public Uni<Versioned<A>> handle(SqlConnection tx, String streamId, long expectedVersion,
                                    Function<Optional<Versioned<A>>, Versioned<A>> visible,
                                    Function<A, Decision<E>> decide, Function<A, EventMetadata> recordedAs) {
        return load(tx, streamId).flatMap(found -> decided(tx, streamId, visible.apply(found), expectedVersion, decide,
                recordedAs));
    }

    /** The template from an aggregate the caller loaded itself (from a read model, say), checked visible. */
    public Uni<Versioned<A>> decided(SqlConnection tx, String streamId, Versioned<A> current, long expectedVersion,
                                     Function<A, Decision<E>> decide, Function<A, EventMetadata> recordedAs) {
        if (current.version() != expectedVersion) {
            throw new StreamVersionConflict(streamId, expectedVersion, current.version());
        }
        List<E> events = decide.apply(current.aggregate()).eventsOrThrow();
        return append(tx, streamId, current, events, recordedAs);
    }

    /**
     * Appends {@code events} to the stream {@code current} was loaded at (null for a new stream),
     * and projects each with the aggregate as it leaves it. No events, no change.
     */
    public Uni<Versioned<A>> append(SqlConnection tx, String streamId, Versioned<A> current, List<E> events,
                                    Function<A, EventMetadata> recordedAs) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(current);
        }
        // folded and projected as they will read back: free text as references (FreeTexts), so
        // that a read model holds no text that erasure could not reach
        List<NewEvent> encoded = new ArrayList<>(events.size());
        List<E> asStored = new ArrayList<>(events.size());
        for (E event : events) {
            NewEvent stored = codec.encode(event);
            encoded.add(stored);
            asStored.add(codec.asStored(event, stored));
        }
        A aggregate = current == null ? null : current.aggregate();
        List<A> states = new ArrayList<>(events.size());
        for (E event : asStored) {
            aggregate = evolve.apply(aggregate, event);
            states.add(aggregate);
        }
        long from = current == null ? 0 : current.version();
        var after = new Versioned<>(aggregate, from + events.size());
        return store.append(tx, streamId, streamType, from, encoded, recordedAs.apply(aggregate))
                .call(stored -> project(tx, states, asStored, stored))
                .replaceWith(after);
    }

    /** A replay of this aggregate type's events into its read model, folding each stream as it goes. */
    public StreamReplay replaying() {
        Map<String, A> folded = new HashMap<>();
        return new StreamReplay() {
            @Override
            public String streamType() {
                return streamType;
            }

            @Override
            public Uni<Void> apply(SqlConnection tx, StoredEvent stored) {
                E event = codec.decode(stored);
                A after = evolve.apply(folded.get(stored.streamId()), event);
                folded.put(stored.streamId(), after);
                return projection.apply(tx, after, event, stored);
            }

            @Override
            public int streams() {
                return folded.size();
            }
        };
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

    private Uni<Void> project(SqlConnection tx, List<A> states, List<E> events, List<StoredEvent> stored) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < events.size(); i++) {
            A after = states.get(i);
            E event = events.get(i);
            StoredEvent row = stored.get(i);
            chain = chain.call(() -> projection.apply(tx, after, event, row));
        }
        return chain;
    }
}
