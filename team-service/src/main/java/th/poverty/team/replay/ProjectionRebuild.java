package th.poverty.team.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.eventstore.ProjectionReplay;
import th.poverty.eventstore.ProjectionReplay.Rebuilt;
import th.poverty.team.cap.CarerCaps;
import th.poverty.team.carer.Carers;
import th.poverty.team.team.Teams;
import th.poverty.team.villages.Villages;

/**
 * Drops the read models of team-service's own streams (teams, members, carers, assignments, care
 * visits, the provinces' carer caps, the village registry) and
 * rebuilds them by replaying the event store in log order, in one transaction: commands wait
 * meanwhile, and readers see the old tables until the new ones are complete. The households
 * followed from household-service are not touched: they are rebuilt by replaying that topic.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private final ProjectionReplay replay;
    private final Teams teams;
    private final Carers carers;
    private final CarerCaps caps;
    private final Villages villages;
    private final Pool pool;

    public ProjectionRebuild(ProjectionReplay replay, Teams teams, Carers carers, CarerCaps caps, Villages villages,
                             Pool pool) {
        this.replay = replay;
        this.teams = teams;
        this.carers = carers;
        this.caps = caps;
        this.villages = villages;
        this.pool = pool;
    }

    public Uni<Rebuilt> rebuild() {
        // in log order, so each assignment meets the cap that was in force when it was made
        return pool.withTransaction(tx -> tx.query(
                        "truncate care_visits, care_assignments, carers, team_members, teams, carer_caps, villages")
                .execute()
                .flatMap(truncated -> replay.replay(tx, List.of(teams.replaying(), carers.replaying(), caps.replaying(),
                        villages.replaying()))));
    }
}
