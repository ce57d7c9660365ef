package th.poverty.team.cap;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaPath;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StreamReplay;
import th.poverty.web.Caller;

/** The provinces' carer caps: set with who and why, and read as the cap in force on a day. */
@ApplicationScoped
public class CarerCaps {

    public static final String STREAM_TYPE = "carer-cap";

    private final AggregateStore<CarerCap, CarerCapEvent> store;
    private final Pool pool;

    public CarerCaps(EventStore eventStore, CarerCapProjection projection, Pool pool) {
        this.store = new AggregateStore<>(eventStore, CarerCapEvent.class, STREAM_TYPE, CarerCap::apply, projection);
        this.pool = pool;
    }

    /** Sets the province's cap from a date on, decided on its caps as they stand. */
    public Uni<Versioned<CarerCap>> set(String provinceCode, int households, LocalDate effectiveFrom, Caller caller,
                                        String reason) {
        return pool.withTransaction(tx -> tx.preparedQuery("select pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of(STREAM_TYPE + ":" + provinceCode))
                .chain(() -> store.load(tx, provinceCode))
                .flatMap(found -> {
                    var current = found.orElse(null);
                    var cap = current == null ? CarerCap.of(provinceCode) : current.aggregate();
                    return store.append(tx, provinceCode, current, cap.set(households, effectiveFrom).eventsOrThrow(),
                            after -> caller.metadata(reason, provinceCode));
                }));
    }

    public Uni<CarerCap> of(String provinceCode) {
        return store.load(pool, provinceCode)
                .map(found -> found.map(Versioned::aggregate).orElseGet(() -> CarerCap.of(provinceCode)));
    }

    /** The cap in force in the area's province on {@code day}, as the database's own check reads it. */
    public static Uni<Integer> inForce(SqlClient client, AreaPath area, LocalDate day) {
        return client.preparedQuery("select carer_cap($1, $2)").execute(Tuple.of(area.province(), day))
                .map(rows -> rows.iterator().next().getInteger(0));
    }

    /** This aggregate's part of a rebuild of the service's read models. */
    public StreamReplay replaying() {
        return store.replaying();
    }
}
