package th.poverty.team.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaLevel;

/** The households team-service cares about, and which of them still wait for a carer. */
@ApplicationScoped
public class CareHouseholds {

    private final Pool pool;

    public CareHouseholds(Pool pool) {
        this.pool = pool;
    }

    public record AwaitingCarer(String householdId, String villageCode, String tambonCode, String districtCode,
                                String provinceCode, LocalDate identifiedOn) {
    }

    Uni<Void> awaitCarer(SqlConnection tx, HouseholdIdentified identified) {
        return tx.preparedQuery("""
                        insert into care_households (household_id, province_code, district_code, tambon_code, village_code,
                                                     identified_on, care_status)
                        values ($1, $2, $3, $4, $5, $6, 'AWAITING_CARER')
                        on conflict (household_id) do nothing""")
                .execute(Tuple.of(identified.householdId(), identified.provinceCode(), identified.districtCode(),
                        identified.tambonCode(), identified.villageCode(), identified.identifiedOn()))
                .replaceWithVoid();
    }

    /**
     * Households waiting for a carer within an area, a page in household-id order after {@code afterId}.
     * The area's level picks the column: a tambon's district is not always its code's prefix.
     */
    public Uni<List<AwaitingCarer>> awaitingCarer(String areaCode, AreaLevel level, String afterId, int limit) {
        String column = switch (level) {
            case PROVINCE -> "province_code";
            case DISTRICT -> "district_code";
            case TAMBON -> "tambon_code";
            case VILLAGE -> "village_code";
        };
        return pool.preparedQuery("""
                        select household_id, village_code, tambon_code, district_code, province_code, identified_on
                        from care_households
                        where care_status = 'AWAITING_CARER' and %s = $1 and household_id > $2
                        order by household_id
                        limit $3""".formatted(column))
                .execute(Tuple.of(areaCode, afterId == null ? "" : afterId, limit))
                .map(rows -> {
                    List<AwaitingCarer> page = new ArrayList<>();
                    rows.forEach(r -> page.add(new AwaitingCarer(r.getString(0), r.getString(1), r.getString(2),
                            r.getString(3), r.getString(4), r.getLocalDate(5))));
                    return page;
                });
    }
}
