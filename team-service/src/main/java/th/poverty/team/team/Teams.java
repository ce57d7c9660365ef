package th.poverty.team.team;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.area.Areas;
import th.poverty.domain.Thailand;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StoredEvent;
import th.poverty.eventstore.StreamReplay;
import th.poverty.team.team.TeamCommand.AddMember;
import th.poverty.team.team.TeamCommand.RemoveMember;
import th.poverty.team.team.TeamCommand.ReplaceMember;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;

/** The team use cases: load the team, let it decide, append its events and the read model in one transaction. */
@ApplicationScoped
public class Teams {

    public static final String STREAM_TYPE = "team";

    private final AggregateStore<Team, TeamEvent> store;
    private final Areas areas;
    private final Pool pool;
    private final Clock clock;

    public Teams(EventStore eventStore, TeamProjection projection, Areas areas, Pool pool, Clock clock) {
        this.store = new AggregateStore<>(eventStore, TeamEvent.class, STREAM_TYPE, Team::apply, projection);
        this.areas = areas;
        this.pool = pool;
        this.clock = clock;
    }

    /** Forms a team inside {@code tx} (the caller's idempotent creation) and returns its id. */
    public Uni<String> form(SqlConnection tx, FormTeam command, EventMetadata metadata) {
        List<TeamEvent> events = Team.form(command, areas, Thailand.today(clock)).eventsOrThrow();
        return store.append(tx, command.teamId(), null, events, team -> metadata.withAreaCode(command.areaCode()))
                .replaceWith(command.teamId());
    }

    /** Runs a command on a team within {@code caller}, if it is still at {@code expectedVersion}. */
    public Uni<Versioned<Team>> handle(String teamId, long expectedVersion, TeamCommand command, Caller caller,
                                       EventMetadata metadata) {
        return pool.withTransaction(tx -> store.handle(tx, teamId, expectedVersion, found -> visible(found, teamId, caller),
                team -> {
                    String named = switch (command) {
                        case AddMember add -> null;
                        case RemoveMember remove -> remove.memberId();
                        case ReplaceMember replace -> replace.memberId();
                    };
                    if (named != null && team.member(named).isEmpty()) {
                        throw ProblemException.notFound("Member", named);
                    }
                    return team.decide(command, areas, Thailand.today(clock));
                },
                team -> metadata.withAreaCode(team.area().code())));
    }

    /** The team if it exists within {@code caller}; otherwise 404, so other areas' teams stay unseen. */
    public Uni<Versioned<Team>> load(SqlClient client, String teamId, Caller caller) {
        return store.load(client, teamId).map(found -> visible(found, teamId, caller));
    }

    public Uni<Optional<Versioned<Team>>> find(String teamId) {
        return store.load(pool, teamId);
    }

    /** This service's part of a rebuild of its read models. */
    public StreamReplay replaying() {
        return store.replaying();
    }

    public Uni<List<StoredEvent>> history(String teamId) {
        return store.history(pool, teamId);
    }

    private static Versioned<Team> visible(Optional<Versioned<Team>> found, String teamId, Caller caller) {
        return found.filter(v -> caller.mayAct(v.aggregate().area())).orElseThrow(() -> ProblemException.notFound("Team", teamId));
    }
}
