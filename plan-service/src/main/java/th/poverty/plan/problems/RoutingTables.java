package th.poverty.plan.problems;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StreamVersionConflict;
import th.poverty.plan.agencies.Agencies;
import th.poverty.web.Caller;

/** The provinces' routing tables: set whole with who and why, read by folding the province's stream. */
@ApplicationScoped
public class RoutingTables {

    public static final String STREAM_TYPE = "routing-table";

    private final AggregateStore<RoutingTable, RoutingEvent> store;
    private final Agencies agencies;
    private final Pool pool;

    public RoutingTables(EventStore eventStore, Agencies agencies, Pool pool) {
        // the table is read from its stream, which holds a few changes a year: no read model
        this.store = new AggregateStore<>(eventStore, RoutingEvent.class, STREAM_TYPE, RoutingTable::apply,
                Projection.none());
        this.agencies = agencies;
        this.pool = pool;
    }

    /** Sets the province's table, if it is still at {@code expectedVersion} (0 for a province that never set one). */
    public Uni<Versioned<RoutingTable>> set(String provinceCode, long expectedVersion, List<RoutingTable.Rule> rules,
                                            Caller caller, String reason) {
        Set<String> named = new HashSet<>();
        rules.forEach(rule -> named.addAll(rule.agencies()));
        return pool.withTransaction(tx -> tx.preparedQuery("select pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of(STREAM_TYPE + ":" + provinceCode))
                .chain(() -> agencies.all(tx, named))
                .flatMap(registry -> store.load(tx, provinceCode).flatMap(found -> {
                    var current = found.orElse(null);
                    var table = current == null ? RoutingTable.empty(provinceCode) : current.aggregate();
                    long version = current == null ? 0 : current.version();
                    if (version != expectedVersion) {
                        throw new StreamVersionConflict(provinceCode, expectedVersion, version);
                    }
                    return store.append(tx, provinceCode, current, table.set(rules, registry).eventsOrThrow(),
                            after -> caller.metadata(reason, provinceCode));
                })));
    }

    /** The province's table with its version; an empty one at version 0 when it never set one. */
    public Uni<Versioned<RoutingTable>> of(SqlClient client, String provinceCode) {
        return store.load(client, provinceCode)
                .map(found -> found.orElseGet(() -> new Versioned<>(RoutingTable.empty(provinceCode), 0)));
    }
}
