package th.poverty.team.villages;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.Thailand;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StoredEvent;
import th.poverty.eventstore.StreamReplay;
import th.poverty.team.villages.VillageCommand.Retire;
import th.poverty.web.Caller;

/** The registry's use cases: each village is its own stream, keyed by its code, appended with its read model. */
@ApplicationScoped
public class Villages {

    public static final String STREAM_TYPE = "village";

    private final AggregateStore<Village, VillageEvent> store;
    private final Areas areas;
    private final Pool pool;
    private final Clock clock;

    public Villages(EventStore eventStore, VillageProjection projection, Areas areas, Pool pool, Clock clock) {
        this.store = new AggregateStore<>(eventStore, VillageEvent.class, STREAM_TYPE, Village::apply, projection);
        this.areas = areas;
        this.pool = pool;
        this.clock = clock;
    }

    /** Registers a village inside {@code tx} (the caller's idempotent creation) and returns its code. */
    public Uni<String> register(SqlConnection tx, String code, String nameTh, String nameEn, EventMetadata metadata) {
        return load(tx, code).flatMap(found -> {
            var events = Village.register(found.map(Versioned::aggregate).orElse(null), code, nameTh, nameEn, areas)
                    .eventsOrThrow();
            return store.append(tx, code, null, events, village -> metadata.withAreaCode(code));
        }).replaceWith(code);
    }

    /**
     * What the province's list says of one village, decided on the village as it stands, and
     * appended inside {@code tx} unless {@code dryRun}: the events, none when nothing changes, or
     * why the row is refused.
     */
    Uni<Decision<VillageEvent>> listed(SqlConnection tx, String code, String nameTh, String nameEn, EventMetadata metadata,
                                       boolean dryRun) {
        return load(tx, code).flatMap(found -> {
            var decision = Village.listed(found.map(Versioned::aggregate).orElse(null), code, nameTh, nameEn, areas);
            if (dryRun || !(decision instanceof Decision.Accepted<VillageEvent>(List<VillageEvent> events))) {
                return Uni.createFrom().item(decision);
            }
            return store.append(tx, code, found.orElse(null), events, village -> metadata.withAreaCode(code))
                    .replaceWith(decision);
        });
    }

    /** Runs a district's change on a village within {@code caller}, if it is still at {@code expectedVersion}. */
    public Uni<Versioned<Village>> handle(String code, long expectedVersion, VillageCommand command, Caller caller,
                                          String reason) {
        return pool.withTransaction(tx -> mergedInto(tx, command).flatMap(into -> load(tx, code).flatMap(found ->
                store.decided(tx, code, caller.visible(found, Village::area, "Village", code), expectedVersion,
                        village -> village.decide(command, into, Thailand.today(clock)),
                        village -> caller.metadata(reason, code)))));
    }

    /** The village a merger names, as registered: read in the deciding transaction. */
    private Uni<Optional<Village>> mergedInto(SqlConnection tx, VillageCommand command) {
        if (command instanceof Retire retire && retire.mergedInto() != null) {
            return load(tx, retire.mergedInto()).map(found -> found.map(Versioned::aggregate));
        }
        return Uni.createFrom().item(Optional.empty());
    }

    public Uni<Optional<Versioned<Village>>> find(String code) {
        return load(pool, code);
    }

    /** The village under {@code code}; a code that is no village code names no village, nor another stream type's stream. */
    private Uni<Optional<Versioned<Village>>> load(SqlClient client, String code) {
        return code != null && code.matches("\\d{8}") ? store.load(client, code) : Uni.createFrom().item(Optional.empty());
    }

    public Uni<List<StoredEvent>> history(String code) {
        return store.history(pool, code);
    }

    /** The registry's part of a rebuild of the service's read models. */
    public StreamReplay replaying() {
        return store.replaying();
    }
}
