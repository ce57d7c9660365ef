package th.poverty.team.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;
import th.poverty.eventstore.PoisonMessage;
import th.poverty.team.household.HouseholdEvents.HouseholdDetailsCorrected;
import th.poverty.team.household.HouseholdEvents.HouseholdIdentified;

/**
 * The households household-service identified, as team-service follows them from
 * {@code household.events}, and which of them wait for a carer: those that need one (step 4,
 * item 1: an agreed life compass, from {@code plan.events}, or group ก welfare, whose care someone
 * follows), are still open and have none. Rebuilt by replaying the topics.
 */
@ApplicationScoped
public class CareHouseholds {

    private static final String WITH_CARER = """
            select h.household_id, h.province_code, h.district_code, h.tambon_code, h.village_code, h.household_status,
                   a.carer_id
            from care_households h
            left join care_assignments a on a.household_id = h.household_id and a.released_on is null
            """;

    /** Of {@code care_households h left join care_compasses c}: the household needs a carer. */
    public static final String NEEDS_CARER = "(h.welfare_on is not null or c.agreed_on is not null)";

    private final Pool pool;

    public CareHouseholds(Pool pool) {
        this.pool = pool;
    }

    public record AwaitingCarer(String householdId, String villageCode, String tambonCode, String districtCode,
                                String provinceCode, LocalDate identifiedOn) {
    }

    /** Households newly identified, all in one statement (a survey import brings them by the thousand). */
    public Uni<Void> identified(SqlConnection tx, List<HouseholdIdentified> identified) {
        int n = identified.size();
        String[] ids = new String[n];
        String[] provinces = new String[n];
        String[] districts = new String[n];
        String[] tambons = new String[n];
        String[] villages = new String[n];
        LocalDate[] days = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            HouseholdIdentified household = identified.get(i);
            ids[i] = household.householdId();
            provinces[i] = household.provinceCode();
            districts[i] = household.districtCode();
            tambons[i] = household.tambonCode();
            villages[i] = household.villageCode();
            days[i] = household.identifiedOn();
        }
        return tx.preparedQuery("""
                        insert into care_households (household_id, province_code, district_code, tambon_code, village_code,
                                                     identified_on)
                        select unnest($1::text[]), unnest($2::text[]), unnest($3::text[]), unnest($4::text[]),
                                unnest($5::text[]), unnest($6::date[])
                        on conflict (household_id) do nothing""")
                .execute(Tuple.of(ids, provinces, districts, tambons, villages, days))
                .replaceWithVoid();
    }

    /** Group ก (welfare) needs a carer from the day it was classified; group ข waits for its compass. */
    public Uni<Void> classified(SqlConnection tx, String householdId, String group, LocalDate on) {
        return tx.preparedQuery("""
                        update care_households
                        set welfare_on = case when $2 = 'WELFARE' then coalesce(welfare_on, $3) end, updated_at = now()
                        where household_id = $1""")
                .execute(Tuple.of(householdId, group, on))
                .invoke(rows -> requireKnown(rows.rowCount(), householdId))
                .replaceWithVoid();
    }

    /** The household's life compass was agreed (MOU signed): it needs a carer from that day; the first agreement counts. */
    public Uni<Void> compassAgreed(SqlConnection tx, String householdId, LocalDate signedOn) {
        return tx.preparedQuery("insert into care_compasses (household_id, agreed_on) values ($1, $2) on conflict do nothing")
                .execute(Tuple.of(householdId, signedOn))
                .replaceWithVoid();
    }

    /** The household left or re-entered the programme; one team-service never saw identified is a poison message. */
    public Uni<Void> changedStatus(SqlConnection tx, String householdId, HouseholdStatus status) {
        return tx.preparedQuery("update care_households set household_status = $2, updated_at = now() where household_id = $1")
                .execute(Tuple.of(householdId, status.name()))
                .invoke(rows -> requireKnown(rows.rowCount(), householdId))
                .replaceWithVoid();
    }

    /** A correction that names a village moved the household there; other corrections do not concern care. */
    public Uni<Void> corrected(SqlConnection tx, HouseholdDetailsCorrected correction) {
        if (correction.villageCode().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (correction.provinceCode().isEmpty() || correction.districtCode().isEmpty() || correction.tambonCode().isEmpty()) {
            throw new PoisonMessage("HouseholdDetailsCorrected of " + correction.householdId()
                    + " names a village without its province, district and tambon");
        }
        return tx.preparedQuery("""
                        update care_households
                        set province_code = $2, district_code = $3, tambon_code = $4, village_code = $5, updated_at = now()
                        where household_id = $1""")
                .execute(Tuple.of(correction.householdId(), correction.provinceCode().get(),
                        correction.districtCode().get(), correction.tambonCode().get(), correction.villageCode().get()))
                .invoke(rows -> requireKnown(rows.rowCount(), correction.householdId()))
                .replaceWithVoid();
    }

    public Uni<Optional<CareHousehold>> find(SqlClient client, String householdId) {
        return client.preparedQuery(WITH_CARER + "where h.household_id = $1")
                .execute(Tuple.of(householdId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(careHousehold(rows.iterator().next())));
    }

    /**
     * The household, its row locked for share until {@code tx} ends: a status change consumed
     * meanwhile waits, then sees the carer assigned here and releases it.
     */
    public Uni<Optional<CareHousehold>> findLocked(SqlConnection tx, String householdId) {
        return tx.preparedQuery(WITH_CARER + "where h.household_id = $1 for share of h")
                .execute(Tuple.of(householdId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(careHousehold(rows.iterator().next())));
    }

    /** {@link #findLocked} for many households at once; unknown ones are missing from the map. */
    public Uni<Map<String, CareHousehold>> findAllLocked(SqlConnection tx, List<String> householdIds) {
        return tx.preparedQuery(WITH_CARER + "where h.household_id = any($1) order by h.household_id for share of h")
                .execute(Tuple.of(householdIds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, CareHousehold> found = new HashMap<>();
                    rows.forEach(row -> found.put(row.getString(0), careHousehold(row)));
                    return found;
                });
    }

    /**
     * Open households waiting for a carer within an area, a page in household-id order after
     * {@code afterId}. The area's level picks the column, which its index serves.
     */
    public Uni<List<AwaitingCarer>> awaitingCarer(String areaCode, AreaLevel level, String afterId, int limit) {
        return pool.preparedQuery(waiting(level) + "and h.household_id > $2 order by h.household_id limit $3")
                .execute(Tuple.of(areaCode, afterId == null ? "" : afterId, limit))
                .map(CareHouseholds::awaiting);
    }

    /** The households of an area waiting longest for a carer (since they came to need one), for proposals. */
    public Uni<List<AwaitingCarer>> longestAwaiting(String areaCode, AreaLevel level, int limit) {
        return pool.preparedQuery(waiting(level) + "order by least(h.welfare_on, c.agreed_on), h.household_id limit $2")
                .execute(Tuple.of(areaCode, limit))
                .map(CareHouseholds::awaiting);
    }

    private static String waiting(AreaLevel level) {
        return """
                select h.household_id, h.village_code, h.tambon_code, h.district_code, h.province_code, h.identified_on
                from care_households h
                left join care_compasses c on c.household_id = h.household_id
                where h.%s = $1 and h.household_status = 'OPEN' and %s
                  and not exists (select 1 from care_assignments a
                                  where a.household_id = h.household_id and a.released_on is null)
                """.formatted(AreaColumn.of(level), NEEDS_CARER);
    }

    private static List<AwaitingCarer> awaiting(RowSet<Row> rows) {
        List<AwaitingCarer> page = new ArrayList<>();
        rows.forEach(r -> page.add(new AwaitingCarer(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getLocalDate(5))));
        return page;
    }

    private static CareHousehold careHousehold(Row row) {
        return new CareHousehold(row.getString(0),
                new AreaPath(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
                HouseholdStatus.valueOf(row.getString(5)), row.getString(6));
    }

    private static void requireKnown(int updated, String householdId) {
        if (updated == 0) {
            // household.events keeps one household's events in order, so its identification came first
            throw new PoisonMessage("household " + householdId + " was never identified to team-service");
        }
    }
}
