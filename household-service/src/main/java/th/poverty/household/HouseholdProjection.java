package th.poverty.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import th.poverty.area.AreaPath;
import th.poverty.eventstore.Projection;
import th.poverty.eventstore.StoredEvent;
import th.poverty.household.HouseholdEvent.HouseholdHeadChanged;
import th.poverty.household.HouseholdEvent.HouseholdIdentified;

/**
 * Keeps the {@code households} read model in step with the events, in the appending
 * transaction: each event writes the household as the event left it. Identifications are
 * written in bulk (one statement for any number), so a survey import costs the same few
 * statements per batch as a single nomination.
 */
@ApplicationScoped
public class HouseholdProjection implements Projection<Household, HouseholdEvent> {

    @Override
    public Uni<Void> apply(SqlConnection tx, Household after, HouseholdEvent event, StoredEvent stored) {
        if (event instanceof HouseholdIdentified identified) {
            return identified(tx, List.of(identified), false).replaceWithVoid();
        }
        if (event instanceof HouseholdHeadChanged changed) {
            return tx.preparedQuery("update households set head_id_hash = $2, version = $3, updated_at = now() where household_id = $1")
                    .execute(Tuple.of(changed.householdId(), changed.headIdHash(), stored.version()))
                    .replaceWithVoid();
        }
        AreaPath area = after.area();
        return tx.preparedQuery("""
                        update households set status = $3, status_before_closing = $4, care_group = $5, members = $6,
                                              closure = $7, duplicate_of = $8, province_code = $9, district_code = $10,
                                              tambon_code = $11, village_code = $12, dismissal = $13, graduated_on = $14,
                                              follow_ups = $15, version = $2, updated_at = now()
                        where household_id = $1""")
                .execute(Tuple.from(Arrays.asList(stored.streamId(), stored.version(), after.status().name(),
                        nameOf(after.statusBeforeClosing()), nameOf(after.group()), after.members(), nameOf(after.closure()),
                        after.duplicateOf(), area.province(), area.district(), area.tambon(), area.village(),
                        nameOf(after.dismissal()), after.graduatedOn(), after.followUps())))
                .replaceWithVoid();
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /**
     * Adds households at their first version, recorded now (the appending transaction's time, as
     * their events'). With {@code unlessOpen}, a head or house an open household already has is
     * skipped instead of failing: the caller appends events only for the ids returned.
     */
    public Uni<Set<String>> identified(SqlConnection tx, List<HouseholdIdentified> identifications, boolean unlessOpen) {
        return insert(tx, columns(identifications), unlessOpen ? "on conflict do nothing " : "");
    }

    /** The unique indexes refused a second open household with the same head or house. */
    public static boolean isOpenTwin(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState())
                && pg.getConstraint() != null && pg.getConstraint().startsWith("households_open_");
    }

    private static Uni<Set<String>> insert(SqlConnection tx, Tuple columns, String onConflict) {
        return tx.preparedQuery("""
                        insert into households (household_id, status, source, province_code, district_code, tambon_code,
                                                village_code, head_id_hash, house_hash, identified_on, members, version,
                                                updated_at, earlier_case)
                        select id, st, src, p, d, t, v, h, hh, day, m, 1, now(), ec
                        from (select unnest($1::text[]) as id, unnest($2::text[]) as src, unnest($3::text[]) as p,
                                unnest($4::text[]) as d, unnest($5::text[]) as t, unnest($6::text[]) as v,
                                unnest($7::text[]) as h, unnest($8::text[]) as hh, unnest($9::date[]) as day,
                                unnest($10::int[]) as m, unnest($11::text[]) as st, unnest($12::text[]) as ec) as x
                        """ + onConflict + "returning household_id")
                .execute(columns)
                .map(rows -> {
                    Set<String> added = new HashSet<>(rows.rowCount() * 2);
                    rows.forEach(row -> added.add(row.getString(0)));
                    return added;
                });
    }

    private static Tuple columns(List<HouseholdIdentified> identifications) {
        int n = identifications.size();
        String[] ids = new String[n];
        String[] sources = new String[n];
        String[] provinces = new String[n];
        String[] districts = new String[n];
        String[] tambons = new String[n];
        String[] villages = new String[n];
        String[] heads = new String[n];
        String[] houses = new String[n];
        LocalDate[] dates = new LocalDate[n];
        Integer[] members = new Integer[n];
        String[] statuses = new String[n];
        String[] earlier = new String[n];
        for (int i = 0; i < n; i++) {
            HouseholdIdentified e = identifications.get(i);
            ids[i] = e.householdId();
            sources[i] = e.source().name();
            provinces[i] = e.provinceCode();
            districts[i] = e.districtCode();
            tambons[i] = e.tambonCode();
            villages[i] = e.villageCode();
            heads[i] = e.headIdHash();
            houses[i] = e.houseHash();
            dates[i] = e.identifiedOn();
            members[i] = e.members();
            statuses[i] = Household.initialStatus(e.source()).name();
            earlier[i] = e.earlierCase();
        }
        return Tuple.tuple(List.of(ids, sources, provinces, districts, tambons, villages, heads, houses, dates, members,
                statuses, earlier));
    }

    /** The open household this head already leads, if any: the head's national ID decides duplicates. */
    public Uni<OpenHousehold> openHouseholdFor(SqlClient client, String headIdHash) {
        return client.preparedQuery("""
                        select household_id, province_code, district_code, tambon_code, village_code from households
                        where status not in ('CLOSED', 'DISMISSED', 'GRADUATED') and head_id_hash = $1""")
                .execute(Tuple.of(headIdHash))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new OpenHousehold(row.getString(0),
                            new AreaPath(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
                });
    }

    /**
     * The latest household each head led that graduated, was closed or was dismissed: a head
     * identified again is a new case of it. One look-up for any number of heads.
     */
    /** A household's head and house, as keyed hashes. */
    public record Heads(String headIdHash, String houseHash) {
    }

    public Uni<Heads> heads(SqlClient client, String householdId) {
        return client.preparedQuery("select head_id_hash, house_hash from households where household_id = $1")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new Heads(row.getString(0), row.getString(1));
                });
    }

    /** The households still in the programme (not closed, dismissed or graduated) these heads lead, by head. */
    public Uni<Map<String, String>> inTheProgramme(SqlClient client, Collection<String> headIdHashes) {
        return client.preparedQuery("""
                        select head_id_hash, household_id from households
                        where head_id_hash = any($1) and status not in ('CLOSED', 'DISMISSED', 'GRADUATED')""")
                .execute(Tuple.of(headIdHashes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> open = new HashMap<>();
                    rows.forEach(row -> open.put(row.getString(0), row.getString(1)));
                    return open;
                });
    }

    public Uni<Map<String, String>> earlierCases(SqlClient client, Collection<String> headIdHashes) {
        return client.preparedQuery("""
                        select distinct on (head_id_hash) head_id_hash, household_id from households
                        where head_id_hash = any($1) and status in ('CLOSED', 'DISMISSED', 'GRADUATED')
                        order by head_id_hash, identified_on desc, household_id desc""")
                .execute(Tuple.of(headIdHashes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> earlier = new HashMap<>();
                    rows.forEach(row -> earlier.put(row.getString(0), row.getString(1)));
                    return earlier;
                });
    }

    /**
     * The other households still in the programme at the same house registration: a hint for the
     * officer (several households may share one), never a block.
     */
    public Uni<List<OpenHousehold>> atTheSameHouse(SqlClient client, String householdId) {
        return client.preparedQuery("""
                        select o.household_id, o.province_code, o.district_code, o.tambon_code, o.village_code
                        from households h join households o on o.house_hash = h.house_hash and o.household_id <> h.household_id
                        where h.household_id = $1 and o.status not in ('CLOSED', 'DISMISSED', 'GRADUATED')
                        order by o.household_id""")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    List<OpenHousehold> found = new ArrayList<>();
                    rows.forEach(row -> found.add(new OpenHousehold(row.getString(0),
                            new AreaPath(row.getString(1), row.getString(2), row.getString(3), row.getString(4)))));
                    return found;
                });
    }

    /** An open household, and where it lies. */
    public record OpenHousehold(String householdId, AreaPath area) {
    }
}
