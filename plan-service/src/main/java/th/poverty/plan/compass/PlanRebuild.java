package th.poverty.plan.compass;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.eventstore.ProjectionReplay;
import th.poverty.eventstore.ProjectionReplay.Rebuilt;

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

    public Uni<Rebuilt> rebuild() {
        return pool.withTransaction(tx -> projection.clear(tx).chain(() -> replay.replay(tx, List.of(plans.replaying()))));
    }
}
