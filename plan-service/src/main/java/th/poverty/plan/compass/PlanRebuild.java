package th.poverty.plan.compass;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.eventstore.ProjectionReplay.Rebuilt;
import th.poverty.eventstore.ProjectionReplay;
import th.poverty.plan.agencies.Agencies;
import th.poverty.plan.problems.Problems;

/**
 * Rebuilds the service's read model, decision states included, from the events alone: empties it
 * and replays every plan, agency and problem event in log order, in one transaction.
 */
@ApplicationScoped
public class PlanRebuild {

    private final ProjectionReplay replay;
    private final Plans plans;
    private final PlanProjection projection;
    private final Agencies agencies;
    private final Problems problems;
    private final Pool pool;

    public PlanRebuild(ProjectionReplay replay, Plans plans, PlanProjection projection, Agencies agencies, Problems problems,
                       Pool pool) {
        this.replay = replay;
        this.plans = plans;
        this.projection = projection;
        this.agencies = agencies;
        this.problems = problems;
        this.pool = pool;
    }

    public Uni<Rebuilt> rebuild() {
        // problems name agencies: emptied first, and replayed after them in log order
        return pool.withTransaction(tx -> problems.clear(tx)
                .chain(() -> agencies.clear(tx))
                .chain(() -> projection.clear(tx))
                .chain(() -> replay.replay(tx, List.of(plans.replaying(), agencies.replaying(), problems.replaying()))));
    }
}
