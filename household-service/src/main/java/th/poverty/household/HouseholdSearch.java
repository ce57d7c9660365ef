package th.poverty.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaLevel;

/** Finds households in the read model: by area at any level, status and group, a cursor page at a time. */
@ApplicationScoped
public class HouseholdSearch {

    private final Pool pool;

    public HouseholdSearch(Pool pool) {
        this.pool = pool;
    }

    public record Summary(String householdId, String status, String group, String source, String villageCode,
                         LocalDate identifiedOn, long version) {
    }

    /**
     * Households within the area (null: the whole country), in household-id order after
     * {@code after}. The level picks the column: a tambon's district is not always its code's prefix.
     */
    public Uni<List<Summary>> find(String areaCode, AreaLevel level, HouseholdStatus status, HouseholdGroup group,
                                   String after, int limit) {
        String areaColumn = level == null ? null : switch (level) {
            case PROVINCE -> "province_code";
            case DISTRICT -> "district_code";
            case TAMBON -> "tambon_code";
            case VILLAGE -> "village_code";
        };
        String areaFilter = areaColumn == null ? "$1::text is null" : areaColumn + " = $1";
        return pool.preparedQuery("""
                        select household_id, status, care_group, source, village_code, identified_on, version
                        from households
                        where %s and ($2::text is null or status = $2) and ($3::text is null or care_group = $3)
                          and household_id > $4
                        order by household_id
                        limit $5""".formatted(areaFilter))
                .execute(Tuple.from(java.util.Arrays.asList(areaCode, status == null ? null : status.name(),
                        group == null ? null : group.name(), after == null ? "" : after, limit)))
                .map(rows -> {
                    List<Summary> page = new ArrayList<>();
                    rows.forEach(r -> page.add(new Summary(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getLocalDate(5), r.getLong(6))));
                    return page;
                });
    }
}
