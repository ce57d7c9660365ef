package th.poverty.team.replay;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StoredEvent;
import th.poverty.team.carer.CarerEvent;
import th.poverty.team.carer.CarerProjection;
import th.poverty.team.carer.Carers;
import th.poverty.team.team.TeamEvent;
import th.poverty.team.team.TeamProjection;
import th.poverty.team.team.Teams;

/**
 * Drops the read models of team-service's own streams (teams, members, carers, assignments) and
 * rebuilds them by replaying the event store in log order, in one transaction: commands wait
 * meanwhile, and readers see the old tables until the new ones are complete. The households
 * followed from household-service are not touched: they are rebuilt by replaying that topic.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final int PAGE = 1_000;

    private final EventStore store;
    private final TeamProjection teams;
    private final CarerProjection carers;
    private final EventCodec<TeamEvent> teamEvents = EventCodec.of(TeamEvent.class);
    private final EventCodec<CarerEvent> carerEvents = EventCodec.of(CarerEvent.class);
    private final Pool pool;

    public ProjectionRebuild(EventStore store, TeamProjection teams, CarerProjection carers, Pool pool) {
        this.store = store;
        this.teams = teams;
        this.carers = carers;
        this.pool = pool;
    }

    /** @return how many events were replayed */
    public Uni<Long> rebuild() {
        return pool.withTransaction(tx -> tx.query("truncate care_assignments, carers, team_members, teams").execute()
                .flatMap(truncated -> replayAfter(tx, 0, 0)));
    }

    private Uni<Long> replayAfter(SqlConnection tx, long position, long replayed) {
        return store.readAll(tx, position, PAGE).flatMap(events -> {
            if (events.isEmpty()) {
                return Uni.createFrom().item(replayed);
            }
            return apply(tx, events).flatMap(done -> replayAfter(tx, events.getLast().position(), replayed + events.size()));
        });
    }

    private Uni<Void> apply(SqlConnection tx, List<StoredEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (StoredEvent event : events) {
            chain = switch (event.streamType()) {
                case Teams.STREAM_TYPE -> chain.call(() -> teams.apply(tx, teamEvents.decode(event), event));
                case Carers.STREAM_TYPE -> chain.call(() -> carers.apply(tx, carerEvents.decode(event), event));
                default -> chain;
            };
        }
        return chain;
    }
}
