package th.poverty.plan.households;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaPath;
import th.poverty.domain.Dimension;
import th.poverty.eventstore.PoisonMessage;

/** plan-service's view of households, kept from household.events. */
@ApplicationScoped
public class PlanHouseholds {

    private final Pool pool;

    public PlanHouseholds(Pool pool) {
        this.pool = pool;
    }

    /** The columns {@link #of(Row, int)} reads, for queries that join households. */
    public static final String COLUMNS = "h.household_id, h.province_code, h.district_code, h.tambon_code, h.village_code, "
            + "h.status, h.care_group, h.causes_recorded, h.causes_acknowledged";

    /** Households newly identified, all in one statement (a survey import brings them by the thousand). */
    Uni<Void> identified(SqlConnection tx, List<HouseholdEvents.Identified> identified) {
        int n = identified.size();
        String[] ids = new String[n];
        String[] provinces = new String[n];
        String[] districts = new String[n];
        String[] tambons = new String[n];
        String[] villages = new String[n];
        Integer[] surveyYears = new Integer[n];
        String[] indicators = new String[n];
        for (int i = 0; i < n; i++) {
            HouseholdEvents.Identified household = identified.get(i);
            ids[i] = household.householdId();
            provinces[i] = household.provinceCode();
            districts[i] = household.districtCode();
            tambons[i] = household.tambonCode();
            villages[i] = household.villageCode();
            surveyYears[i] = household.surveyYear().orElse(null);
            // one array per household cannot ride in an array of arrays of different lengths: joined, split in SQL
            indicators[i] = household.failedIndicators().stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return tx.preparedQuery("""
                        insert into plan_households (household_id, province_code, district_code, tambon_code, village_code,
                                                     status, survey_year, failed_indicators)
                        select id, p, d, t, v, 'IDENTIFIED', y, string_to_array(f, ',')::integer[]
                        from (select unnest($1::text[]) as id, unnest($2::text[]) as p, unnest($3::text[]) as d,
                                unnest($4::text[]) as t, unnest($5::text[]) as v, unnest($6::integer[]) as y,
                                unnest($7::text[]) as f) as x
                        on conflict (household_id) do nothing""")
                .execute(Tuple.from(new Object[] {ids, provinces, districts, tambons, villages, surveyYears, indicators}))
                .replaceWithVoid();
    }

    Uni<Void> classified(SqlConnection tx, HouseholdEvents.Classified event) {
        return update(tx, event.householdId(), "status = 'CLASSIFIED', care_group = $2", event.group().name());
    }

    /** Causes recorded anew wait for the household's acknowledgement again. */
    Uni<Void> causesRecorded(SqlConnection tx, HouseholdEvents.CausesRecorded event) {
        return update(tx, event.householdId(), "causes_recorded = true, causes_acknowledged = false");
    }

    Uni<Void> causesAcknowledged(SqlConnection tx, HouseholdEvents.CausesAcknowledged event) {
        return update(tx, event.householdId(), "causes_acknowledged = true");
    }

    /** Remembers the status it had, which a reopening restores. */
    Uni<Void> closed(SqlConnection tx, HouseholdEvents.Closed event) {
        return update(tx, event.householdId(), """
                status_before_closing = case when status = 'CLOSED' then status_before_closing else status end,
                status = 'CLOSED'""");
    }

    Uni<Void> reopened(SqlConnection tx, HouseholdEvents.Reopened event) {
        return update(tx, event.householdId(),
                "status = coalesce(status_before_closing, status), status_before_closing = null");
    }

    /** The later survey's facts replace the earlier ones, which a verification then reads. */
    Uni<Void> resurveyed(SqlConnection tx, HouseholdEvents.Resurveyed event) {
        return update(tx, event.householdId(), "survey_year = $2, failed_indicators = $3", event.surveyYear(),
                event.failedIndicators().toArray(Integer[]::new));
    }

    Uni<Void> graduated(SqlConnection tx, HouseholdEvents.Graduated event) {
        return update(tx, event.householdId(), "status = 'GRADUATED'");
    }

    /** A correction moves the household only when it names a new village. */
    Uni<Void> corrected(SqlConnection tx, HouseholdEvents.DetailsCorrected event) {
        if (event.villageCode().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        var moved = new AreaPath(event.provinceCode().orElseThrow(() -> incomplete(event)),
                event.districtCode().orElseThrow(() -> incomplete(event)),
                event.tambonCode().orElseThrow(() -> incomplete(event)), event.villageCode().get());
        return update(tx, event.householdId(),
                "province_code = $2, district_code = $3, tambon_code = $4, village_code = $5",
                moved.province(), moved.district(), moved.tambon(), moved.village())
                // its problems are counted where it lives now
                .call(() -> tx.preparedQuery("""
                                update problems set province_code = $2, district_code = $3, tambon_code = $4, village_code = $5
                                where household_id = $1""")
                        .execute(Tuple.of(event.householdId(), moved.province(), moved.district(), moved.tambon(),
                                moved.village())));
    }

    /** The survey year and failed indicators the household carries now (no year: a forum nomination never surveyed). */
    public record SurveyRow(Integer surveyYear, List<Integer> failedIndicators) {
    }

    Uni<SurveyRow> surveyRow(SqlConnection tx, String householdId) {
        return tx.preparedQuery("select survey_year, failed_indicators from plan_households where household_id = $1")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw new PoisonMessage("household " + householdId + " was never identified");
                    }
                    var row = rows.iterator().next();
                    return new SurveyRow(row.getInteger(0), Arrays.asList(row.getArrayOfIntegers(1)));
                });
    }

    /** The latest TPMAP list that named the household's head, which a verification then reads. */
    public record TpmapFlags(int listYear, List<Dimension> dimensions) {
    }

    Uni<Void> tpmapFlagged(SqlConnection tx, HouseholdEvents.TpmapFlagged event) {
        return update(tx, event.householdId(), "tpmap_year = $2, tpmap_dimensions = $3", event.listYear(),
                event.dimensions().stream().map(Dimension::name).toArray(String[]::new));
    }

    Uni<Optional<TpmapFlags>> tpmapFlags(SqlConnection tx, String householdId) {
        return tx.preparedQuery("select tpmap_year, tpmap_dimensions from plan_households where household_id = $1")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    var row = rows.iterator().next();
                    if (row.getInteger(0) == null) {
                        return Optional.empty();
                    }
                    return Optional.of(new TpmapFlags(row.getInteger(0),
                            Arrays.stream(row.getArrayOfStrings(1)).map(Dimension::valueOf).toList()));
                });
    }

    public Uni<Optional<PlanHousehold>> find(String householdId) {
        return find(pool, householdId);
    }

    public Uni<Optional<PlanHousehold>> find(SqlClient client, String householdId) {
        return client.preparedQuery("select " + COLUMNS + " from plan_households h where h.household_id = $1")
                .execute(Tuple.of(householdId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(of(rows.iterator().next(), 0)));
    }

    /** The household in a row, its {@link #COLUMNS} starting at {@code first}. */
    public static PlanHousehold of(Row r, int first) {
        String group = r.getString(first + 6);
        return new PlanHousehold(r.getString(first),
                new AreaPath(r.getString(first + 1), r.getString(first + 2), r.getString(first + 3), r.getString(first + 4)),
                r.getString(first + 5), group == null ? null : CareGroup.valueOf(group), r.getBoolean(first + 7),
                r.getBoolean(first + 8));
    }

    /**
     * Events of one household arrive in order after its HouseholdIdentified; one about a
     * household never identified cannot be applied, now or later.
     */
    private Uni<Void> update(SqlConnection tx, String householdId, String assignments, Object... values) {
        Object[] parameters = new Object[values.length + 1];
        parameters[0] = householdId;
        System.arraycopy(values, 0, parameters, 1, values.length);
        return tx.preparedQuery("update plan_households set " + assignments + ", updated_at = now() where household_id = $1")
                .execute(Tuple.from(parameters))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new PoisonMessage("household " + householdId + " was never identified");
                    }
                    return null;
                });
    }

    private static PoisonMessage incomplete(HouseholdEvents.DetailsCorrected event) {
        return new PoisonMessage("HouseholdDetailsCorrected for " + event.householdId()
                + " names a village without its province, district and tambon");
    }
}
