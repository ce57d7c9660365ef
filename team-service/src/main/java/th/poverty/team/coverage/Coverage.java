package th.poverty.team.coverage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Thailand;
import th.poverty.team.household.CareHouseholds;
import th.poverty.team.team.MemberRole;
import th.poverty.team.team.TeamKind;
import th.poverty.team.villages.Village;
import th.poverty.team.villages.VillageRegistry;
import th.poverty.team.villages.VillageStatus;

/** How well an area's households are covered by carers, teams and community leaders, from the read models. */
@ApplicationScoped
public class Coverage {

    private static final String[] LEADER_ROLES = Arrays.stream(MemberRole.values())
            .filter(MemberRole::leadsCommunity).map(Enum::name).toArray(String[]::new);

    private final Pool pool;
    private final VillageRegistry registry;
    private final Areas areas;
    private final Clock clock;

    public Coverage(Pool pool, VillageRegistry registry, Areas areas, Clock clock) {
        this.pool = pool;
        this.registry = registry;
        this.areas = areas;
        this.clock = clock;
    }

    /**
     * Households known to team-service, by where they stand for care; {@code withoutCarer}: those
     * that need a carer (an agreed compass or group ก) and have none.
     */
    public record Households(int identified, int open, int withCarer, int withoutCarer, int graduated, int closed) {

        static final Households NONE = new Households(0, 0, 0, 0, 0, 0);

        Households plus(Households other) {
            return new Households(identified + other.identified, open + other.open, withCarer + other.withCarer,
                    withoutCarer + other.withoutCarer, graduated + other.graduated, closed + other.closed);
        }
    }

    /** @param freePlaces households the carers may still take */
    public record Carers(int carers, int caredFor, int freePlaces) {

        static final Carers NONE = new Carers(0, 0, 0);

        Carers plus(Carers other) {
            return new Carers(carers + other.carers, caredFor + other.caredFor, freePlaces + other.freePlaces);
        }
    }

    /**
     * The villages counted ({@link Villages#codes()}): how many the registry lists, and how many have
     * open households and community leaders.
     */
    public record VillageCounts(int villages, int registered, int withOpenHouseholds, int withLeaders) {

        static final VillageCounts NONE = new VillageCounts(0, 0, 0, 0);
    }

    /** Figures of one area, and of each area one level down (keyed by code; area-wide carers only count in the total). */
    public record Figures(Households households, Carers carers, Map<TeamKind, Integer> teams, VillageCounts villages,
                          Map<String, Households> householdsBelow, Map<String, Carers> carersBelow,
                          Map<String, VillageCounts> villagesBelow) {
    }

    public Uni<Figures> of(AreaPath area) {
        return households(area).flatMap(households -> carers(area).flatMap(carers -> teams(area).flatMap(teams ->
                villages(area).map(villages -> new Figures(
                        households.values().stream().reduce(Households.NONE, Households::plus),
                        carers.values().stream().reduce(Carers.NONE, Carers::plus), teams,
                        villages.count(villages.codes()), withoutNullKey(households), withoutNullKey(carers),
                        villagesBelow(area, villages))))));
    }

    /** The villages' counts by the area one level down each lies in; none below a village. */
    private Map<String, VillageCounts> villagesBelow(AreaPath area, Villages villages) {
        if (area.level() == AreaLevel.VILLAGE) {
            return Map.of();
        }
        Map<String, List<String>> byChild = new TreeMap<>();
        for (String code : villages.codes()) {
            Village registered = villages.registered().get(code);
            // a code the area data no longer knows still counts, under the parent its digits name
            AreaPath path = registered != null ? registered.area() : areas.pathOf(code).orElseGet(() ->
                    new AreaPath(code.substring(0, 2), code.substring(0, 4), code.substring(0, 6), code));
            String child = switch (area.level()) {
                case PROVINCE -> path.district();
                case DISTRICT -> path.tambon();
                case TAMBON, VILLAGE -> code;
            };
            byChild.computeIfAbsent(child, c -> new ArrayList<>()).add(code);
        }
        Map<String, VillageCounts> below = new TreeMap<>();
        byChild.forEach((child, codes) -> below.put(child, villages.count(codes)));
        return below;
    }

    private Uni<Map<String, Households>> households(AreaPath area) {
        return pool.preparedQuery("""
                        select %s as below, count(*),
                               count(*) filter (where h.household_status = 'OPEN'),
                               count(a.carer_id) filter (where h.household_status = 'OPEN'),
                               count(*) filter (where h.household_status = 'OPEN' and a.carer_id is null and %s),
                               count(*) filter (where h.household_status = 'GRADUATED'),
                               count(*) filter (where h.household_status = 'CLOSED')
                        from care_households h
                        left join care_assignments a on a.household_id = h.household_id and a.released_on is null
                        left join care_compasses c on c.household_id = h.household_id
                        where h.%s = $1
                        group by 1""".formatted(below(area, "h."), CareHouseholds.NEEDS_CARER, AreaColumn.of(area.level())))
                .execute(Tuple.of(area.code()))
                .map(rows -> {
                    Map<String, Households> figures = new HashMap<>();
                    rows.forEach(r -> figures.put(r.getString(0), new Households(r.getInteger(1), r.getInteger(2),
                            r.getInteger(3), r.getInteger(4), r.getInteger(5), r.getInteger(6))));
                    return figures;
                });
    }

    private Uni<Map<String, Carers>> carers(AreaPath area) {
        return pool.preparedQuery("""
                        select %s as below, count(*), coalesce(sum(active_households), 0),
                               coalesce(sum(greatest(0, carer_cap(province_code, $2) - active_households)), 0)
                        from carers
                        where %s = $1
                        group by 1""".formatted(below(area, ""), AreaColumn.of(area.level())))
                .execute(Tuple.of(area.code(), Thailand.today(clock)))
                .map(rows -> {
                    Map<String, Carers> figures = new HashMap<>();
                    rows.forEach(r -> figures.put(r.getString(0), new Carers(r.getInteger(1), r.getInteger(2),
                            r.getInteger(3))));
                    return figures;
                });
    }

    /** A village's teams are its tambon's: teams work for a tambon or a district. */
    private Uni<Map<TeamKind, Integer>> teams(AreaPath area) {
        AreaLevel level = area.level() == AreaLevel.VILLAGE ? AreaLevel.TAMBON : area.level();
        String code = area.level() == AreaLevel.VILLAGE ? area.tambon() : area.code();
        return pool.preparedQuery("select kind, count(*) from teams where %s = $1 group by kind"
                        .formatted(AreaColumn.of(level)))
                .execute(Tuple.of(code))
                .map(rows -> {
                    Map<TeamKind, Integer> counts = new TreeMap<>();
                    Arrays.stream(TeamKind.values()).forEach(kind -> counts.put(kind, 0));
                    rows.forEach(r -> counts.put(TeamKind.valueOf(r.getString(0)), r.getInteger(1)));
                    return counts;
                });
    }

    /** A community leader: in a team, or registered as a carer outside any team. */
    public record Leader(String villageCode, String name, MemberRole role, String teamId, String carerId) {
    }

    /**
     * An area's villages: open households and leaders by village, and the registry's villages.
     *
     * @param registered the registry's villages in the area, retired ones too; empty where the province loaded no list
     */
    public record Villages(Map<String, Integer> openHouseholds, Map<String, List<Leader>> leaders,
                           Map<String, Village> registered) {

        /**
         * The villages that count: the registry's active villages, households or not, and any other
         * village where open households or leaders are (one not registered, or retired with people
         * still in it). Where no list is loaded, only the latter: the area data lists no villages.
         */
        public TreeSet<String> codes() {
            var codes = new TreeSet<>(openHouseholds.keySet());
            codes.addAll(leaders.keySet());
            registered.values().stream().filter(v -> v.status() == VillageStatus.ACTIVE).forEach(v -> codes.add(v.code()));
            return codes;
        }

        VillageCounts count(Collection<String> codes) {
            int listed = 0;
            int withHouseholds = 0;
            int withLeaders = 0;
            for (String code : codes) {
                Village village = registered.get(code);
                listed += village != null && village.status() == VillageStatus.ACTIVE ? 1 : 0;
                withHouseholds += openHouseholds.getOrDefault(code, 0) > 0 ? 1 : 0;
                withLeaders += leaders.containsKey(code) ? 1 : 0;
            }
            return new VillageCounts(codes.size(), listed, withHouseholds, withLeaders);
        }
    }

    public Uni<Villages> villages(AreaPath area) {
        String column = AreaColumn.of(area.level());
        Uni<Map<String, Integer>> open = pool.preparedQuery("""
                        select village_code, count(*) from care_households
                        where %s = $1 and household_status = 'OPEN'
                        group by village_code""".formatted(column))
                .execute(Tuple.of(area.code()))
                .map(rows -> {
                    Map<String, Integer> counts = new HashMap<>();
                    rows.forEach(r -> counts.put(r.getString(0), r.getInteger(1)));
                    return counts;
                });
        Uni<Map<String, List<Leader>>> leaders = pool.preparedQuery("""
                        select m.village_code, m.name, m.role, m.team_id, c.carer_id from team_members m
                        left join carers c on c.team_id = m.team_id and c.member_id = m.member_id
                        where m.%1$s = $1 and m.left_on is null and m.role = any($2)
                        union all
                        select village_code, name, role, null, carer_id from carers
                        where %1$s = $1 and team_id is null and village_code is not null and role = any($2)
                        order by 1, 2""".formatted(column))
                .execute(Tuple.of(area.code(), LEADER_ROLES))
                .map(rows -> {
                    Map<String, List<Leader>> byVillage = new HashMap<>();
                    rows.forEach(r -> byVillage.computeIfAbsent(r.getString(0), v -> new ArrayList<>())
                            .add(new Leader(r.getString(0), r.getString(1), MemberRole.valueOf(r.getString(2)),
                                    r.getString(3), r.getString(4))));
                    return byVillage;
                });
        return open.flatMap(households -> leaders.flatMap(byVillage -> registry.inArea(area)
                .map(registered -> new Villages(households, byVillage, registered))));
    }

    private static String below(AreaPath area, String prefix) {
        String child = AreaColumn.childOf(area.level());
        return child == null ? "null::text" : prefix + child;
    }

    private static <V> Map<String, V> withoutNullKey(Map<String, V> figures) {
        Map<String, V> below = new TreeMap<>();
        figures.forEach((code, value) -> {
            if (code != null) {
                below.put(code, value);
            }
        });
        return below;
    }
}
