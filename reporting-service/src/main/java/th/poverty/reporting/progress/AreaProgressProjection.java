package th.poverty.reporting.progress;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.reporting.household.HouseholdEvent;
import th.poverty.reporting.household.HouseholdEvent.HouseholdIdentified;
import th.poverty.reporting.rollup.RollUp;

/** Keeps the households and their counts per area in step with household-service's events. */
@ApplicationScoped
public class AreaProgressProjection {

    private final AreaCounts counts;

    public AreaProgressProjection(AreaCounts counts) {
        this.counts = counts;
    }

    public Uni<Void> apply(SqlConnection tx, HouseholdEvent event) {
        return switch (event) {
            case HouseholdIdentified e -> tx.preparedQuery("""
                            insert into households (household_id, status, source, province_code, district_code,
                                                    tambon_code, village_code, identified_on)
                            values ($1, 'IDENTIFIED', $2, $3, $4, $5, $6, $7)
                            on conflict (household_id) do nothing""")
                    .execute(Tuple.from(List.<Object>of(e.householdId(), e.source().name(), e.provinceCode(),
                            e.districtCode(), e.tambonCode(), e.villageCode(), e.identifiedOn())))
                    // a household already here was identified under another event id: count it once
                    .flatMap(inserted -> inserted.rowCount() == 0
                            ? Uni.createFrom().voidItem()
                            : counts.addOne(tx, RollUp.of(e.area()), Measure.identified(e.source())));
        };
    }
}
