package th.poverty.eventstore;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Replays the service's own event store in log order into its read models, for a rebuild: each
 * event goes to the {@link StreamReplay} of its stream type (events of other types are skipped).
 * Runs inside the caller's transaction, which has emptied the read models first.
 */
@ApplicationScoped
public class ProjectionReplay {

    private static final int PAGE = 1_000;

    private final EventStore store;

    public ProjectionReplay(EventStore store) {
        this.store = store;
    }

    /** What a rebuild did: every service's rebuild command answers this. */
    public record Rebuilt(long eventsReplayed, int streams) {
    }

    public Uni<Rebuilt> replay(SqlConnection tx, List<StreamReplay> replays) {
        Map<String, StreamReplay> byType = replays.stream()
                .collect(Collectors.toMap(StreamReplay::streamType, Function.identity()));
        return after(tx, byType, 0, 0)
                .map(events -> new Rebuilt(events, replays.stream().mapToInt(StreamReplay::streams).sum()));
    }

    private Uni<Long> after(SqlConnection tx, Map<String, StreamReplay> byType, long position, long replayed) {
        return store.readAll(tx, position, PAGE).flatMap(page -> {
            if (page.isEmpty()) {
                return Uni.createFrom().item(replayed);
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            long count = 0;
            for (StoredEvent event : page) {
                StreamReplay replay = byType.get(event.streamType());
                if (replay != null) {
                    chain = chain.call(() -> replay.apply(tx, event));
                    count++;
                }
            }
            long total = replayed + count;
            return chain.chain(() -> after(tx, byType, page.getLast().position(), total));
        });
    }
}
