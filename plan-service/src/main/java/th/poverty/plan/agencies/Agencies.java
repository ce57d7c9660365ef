package th.poverty.plan.agencies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Dimension;
import th.poverty.domain.Versioned;
import th.poverty.domain.WelfareNeed;
import th.poverty.eventstore.AggregateStore;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.StreamReplay;
import th.poverty.eventstore.StreamVersionConflict;
import th.poverty.plan.compass.AssistanceKind;
import th.poverty.web.Caller;
import th.poverty.web.ProblemException;
import th.poverty.web.Roles;

/** The registry of agencies: registered and changed with who and why, read from {@code agencies}. */
@ApplicationScoped
public class Agencies {

    public static final String STREAM_TYPE = "agency";
    private static final String COLUMNS = "code, name_th, name_en, level, area_code, dimensions, help_kinds, welfare_needs, version";

    private final AggregateStore<Agency, AgencyEvent> store;
    private final AgencyProjection projection;
    private final Areas areas;
    private final Pool pool;

    public Agencies(EventStore eventStore, AgencyProjection projection, Areas areas, Pool pool) {
        this.store = new AggregateStore<>(eventStore, AgencyEvent.class, STREAM_TYPE, Agency::apply, projection);
        this.projection = projection;
        this.areas = areas;
        this.pool = pool;
    }

    /**
     * Registers the agency, or changes it when it is registered at {@code expectedVersion}
     * (null: the caller means a new one, and finds the code taken: 412 with the version it has).
     */
    public Uni<Versioned<Agency>> put(Agency details, Long expectedVersion, Caller caller, String reason) {
        return pool.withTransaction(tx -> store.load(tx, details.code()).flatMap(found -> {
            if (found.isEmpty()) {
                if (expectedVersion != null) {
                    throw ProblemException.notFound("Agency", details.code());
                }
                return store.append(tx, details.code(), null, Agency.register(details).eventsOrThrow(),
                        after -> caller.metadata(reason, details.areaCode()));
            }
            Versioned<Agency> current = found.get();
            requireWithin(caller, current.aggregate().areaCode());
            long expected = expectedVersion == null ? 0 : expectedVersion;
            return store.decided(tx, details.code(), current, expected, agency -> agency.change(details),
                    after -> caller.metadata(reason, details.areaCode()));
        })).onFailure(Agencies::concurrentRegistration).transform(e -> new StreamVersionConflict(details.code(), 0, 1));
    }

    public Uni<Optional<Versioned<Agency>>> find(SqlClient client, String code) {
        return client.preparedQuery("select " + COLUMNS + " from agencies where code = $1").execute(Tuple.of(code))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(of(rows.iterator().next())));
    }

    public Uni<Optional<Versioned<Agency>>> find(String code) {
        return find(pool, code);
    }

    /**
     * The registry code help is recorded under: a partner agency's own (403 when the request names
     * another, or its token names none); for an office recording on an agency's behalf, the
     * registered agency it names (400 for one missing or unknown).
     */
    public Uni<String> recordingFor(Caller caller, String named) {
        String code = named == null || named.isBlank() ? null : named.strip();
        if (Roles.PARTNER_AGENCY.equals(caller.role())) {
            code = caller.ownAgency(code);
        } else if (code == null) {
            throw ProblemException.badRequest("agency", "Name the agency, by its registry code, whose help this records");
        }
        String agency = code;
        return find(agency).map(found -> {
            if (found.isEmpty()) {
                throw ProblemException.badRequest("agency", "Agency " + agency + " is not in the registry");
            }
            return agency;
        });
    }

    /** The agencies with these codes, by code; unknown codes are left out. */
    public Uni<Map<String, Agency>> all(SqlClient client, Set<String> codes) {
        return client.preparedQuery("select " + COLUMNS + " from agencies where code = any($1)")
                .execute(Tuple.of(codes.toArray(String[]::new)))
                .map(rows -> {
                    var found = new HashMap<String, Agency>();
                    rows.forEach(r -> found.put(r.getString(0), of(r).aggregate()));
                    return found;
                });
    }

    /**
     * The agencies serving somewhere in {@code area} or above it (a village is served by its tambon's,
     * district's, province's and the country's agencies), optionally only those serving {@code dimension}.
     */
    public Uni<List<Versioned<Agency>>> serving(AreaPath area, Dimension dimension) {
        return pool.preparedQuery("select " + COLUMNS + """
                         from agencies
                        where (area_code = '' or area_code like $1 || '%')
                          and ($2::text is null or $2 = any(dimensions))
                        order by code""")
                .execute(Tuple.of(area.province(), dimension == null ? null : dimension.name()))
                .map(rows -> {
                    var list = new ArrayList<Versioned<Agency>>();
                    rows.forEach(r -> list.add(of(r)));
                    // whole codes on the path, not prefixes: a tambon's code need not start with its district's
                    return list.stream().filter(a -> a.aggregate().serves(area) || areas.pathOf(a.aggregate().areaCode())
                            .map(path -> path.within(area.code())).orElse(false)).toList();
                });
    }

    /** This aggregate's part of a rebuild of the service's read model. */
    public StreamReplay replaying() {
        return store.replaying();
    }

    public Uni<Void> clear(SqlConnection tx) {
        return projection.clear(tx);
    }

    /** Refuses (403) a change to an agency outside the caller's area: a province keeps its own registry. */
    void requireWithin(Caller caller, String areaCode) {
        if (areaCode.isEmpty()) {
            caller.requireCountry();
        } else {
            caller.requireArea(areas.pathOf(areaCode)
                    .orElseThrow(() -> ProblemException.badRequest("areaCode", "'" + areaCode + "' is no area of Thailand")));
        }
    }

    private static Versioned<Agency> of(Row r) {
        return new Versioned<>(new Agency(r.getString(0), r.getString(1), r.getString(2), AgencyLevel.valueOf(r.getString(3)),
                r.getString(4), enums(Dimension.class, r.getArrayOfStrings(5)), enums(AssistanceKind.class,
                r.getArrayOfStrings(6)), enums(WelfareNeed.class, r.getArrayOfStrings(7))), r.getLong(8));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String[] names) {
        return Arrays.stream(names).map(n -> Enum.valueOf(type, n)).collect(Collectors.toUnmodifiableSet());
    }

    /** Two requests registered the same new code at once: the loser's stream insert met the winner's. */
    private static boolean concurrentRegistration(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState());
    }
}
