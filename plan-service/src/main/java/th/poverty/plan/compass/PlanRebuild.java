package th.poverty.plan.compass;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.eventstore.ProjectionReplay;
import th.poverty.eventstore.StreamReplay;

/**
 * Rebuilds the plan read model, decision states included, from the events alone: empties it
 * and replays every plan event in log order, in one transaction.
 */
@ApplicationScoped
public class PlanRebuild {

    private final ProjectionReplay replay;
    private final Plans plans;
    private final PlanProjection projection;
    private final Pool pool;

    public PlanRebuild(ProjectionReplay replay, Plans plans, PlanProjection projection, Pool pool) {
        this.replay = replay;
        this.plans = plans;
        this.projection = projection;
        this.pool = pool;
    }

    /** How many plans the replay rebuilt from how many events. */
    public record Rebuilt(int plans, long events) {
    }

    public Uni<Rebuilt> rebuild() {
        return pool.withTransaction(tx -> projection.clear(tx).chain(() -> {
            StreamReplay planEvents = plans.replaying();
            return replay.replay(tx, List.of(planEvents)).map(events -> new Rebuilt(planEvents.streams(), events));
        }));
    }
}
