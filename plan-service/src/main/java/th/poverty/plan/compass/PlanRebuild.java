package th.poverty.plan.compass;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StoredEvent;

/**
 * Rebuilds the plan read model, decision states included, from the events alone: empties it
 * and replays every plan event in log order, in one transaction.
 */
@ApplicationScoped
public class PlanRebuild {

    private static final int PAGE = 500;

    private final EventStore events;
    private final PlanProjection projection;
    private final Pool pool;

    public PlanRebuild(EventStore events, PlanProjection projection, Pool pool) {
        this.events = events;
        this.projection = projection;
        this.pool = pool;
    }

    /** How many plans the replay rebuilt from how many events. */
    public record Rebuilt(int plans, long events) {
    }

    public Uni<Rebuilt> rebuild() {
        return pool.withTransaction(tx -> projection.clear(tx).chain(() -> replay(tx, 0, new HashMap<>(), 0)));
    }

    private Uni<Rebuilt> replay(SqlConnection tx, long afterPosition, Map<String, LifeCompassPlan> plans, long replayed) {
        return events.readAll(tx, afterPosition, PAGE).flatMap(page -> {
            if (page.isEmpty()) {
                return Uni.createFrom().item(new Rebuilt(plans.size(), replayed));
            }
            List<StoredEvent> planEvents = page.stream().filter(e -> Plans.STREAM_TYPE.equals(e.streamType())).toList();
            Uni<Void> writes = Uni.createFrom().voidItem();
            for (StoredEvent stored : planEvents) {
                PlanEvent event = Plans.CODEC.decode(stored);
                LifeCompassPlan after = LifeCompassPlan.apply(plans.get(stored.streamId()), event);
                plans.put(stored.streamId(), after);
                writes = writes.call(() -> projection.apply(tx, after, event, stored));
            }
            return writes.chain(() -> replay(tx, page.getLast().position(), plans, replayed + planEvents.size()));
        });
    }
}
