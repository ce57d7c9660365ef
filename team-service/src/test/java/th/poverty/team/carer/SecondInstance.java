package th.poverty.team.carer;

import org.eclipse.microprofile.config.ConfigProvider;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgBuilder;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import th.poverty.area.Areas;
import th.poverty.domain.Thailand;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.EventStoreMetrics;
import th.poverty.team.household.CareHouseholds;
import th.poverty.team.team.TeamProjection;
import th.poverty.team.team.Teams;

/**
 * Another instance of team-service's write path on the same database: its own Vert.x, its own
 * connection pool and its own service objects, sharing nothing with the application under test
 * but the database, as a second replica would.
 */
final class SecondInstance implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final Pool pool;
    final Carers carers;

    SecondInstance() {
        var config = ConfigProvider.getConfig();
        var connect = PgConnectOptions.fromUri(config.getValue("quarkus.datasource.reactive.url", String.class))
                .setUser(config.getValue("quarkus.datasource.username", String.class))
                .setPassword(config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(20)).connectingTo(connect).using(vertx).build();
        var areas = Areas.thailand();
        var store = new EventStore(new EventStoreMetrics(new SimpleMeterRegistry()), 256 * 1024);
        var clock = Thailand.systemClock();
        var teams = new Teams(store, new TeamProjection(areas), areas, pool, clock);
        carers = new Carers(store, new CarerProjection(), new CareHouseholds(pool), teams, areas, pool, clock);
    }

    @Override
    public void close() {
        pool.closeAndAwait();
        vertx.closeAndAwait();
    }
}
