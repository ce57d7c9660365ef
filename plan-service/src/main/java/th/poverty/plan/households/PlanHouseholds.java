package th.poverty.plan.households;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaPath;

/** plan-service's view of households, kept from household.events. */
@ApplicationScoped
public class PlanHouseholds {

    private final Pool pool;

    public PlanHouseholds(Pool pool) {
        this.pool = pool;
    }

    public record PlanHousehold(String householdId, AreaPath area, String status, String careGroup) {
    }

    Uni<Void> identified(SqlConnection tx, HouseholdIdentified event) {
        return tx.preparedQuery("""
                        insert into plan_households (household_id, province_code, district_code, tambon_code, village_code, status)
                        values ($1, $2, $3, $4, $5, 'IDENTIFIED')
                        on conflict (household_id) do nothing""")
                .execute(Tuple.of(event.householdId(), event.provinceCode(), event.districtCode(), event.tambonCode(),
                        event.villageCode()))
                .replaceWithVoid();
    }

    public Uni<Optional<PlanHousehold>> find(String householdId) {
        return pool.preparedQuery("""
                        select household_id, province_code, district_code, tambon_code, village_code, status, care_group
                        from plan_households where household_id = $1""")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    var r = rows.iterator().next();
                    return Optional.of(new PlanHousehold(r.getString(0),
                            new AreaPath(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                            r.getString(5), r.getString(6)));
                });
    }
}
