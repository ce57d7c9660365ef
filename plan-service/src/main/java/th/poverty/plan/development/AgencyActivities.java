package th.poverty.plan.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaPath;

/**
 * The activities of the open compasses' agency part addressed to one agency: what it has
 * promised each household, for it to deliver and record (AssistanceDelivered, with the plan's
 * version as If-Match).
 */
@ApplicationScoped
public class AgencyActivities {

    private final Pool pool;

    public AgencyActivities(Pool pool) {
        this.pool = pool;
    }

    /** @param version the plan's stream version, its ETag: what a delivery names in If-Match */
    public record Addressed(String planId, String householdId, String villageCode, String planStatus, long version,
                            String activityId, String description, String help, LocalDate dueOn, BigDecimal budgetThb) {
    }

    /** The agency's activities, optionally within {@code area}, the soonest due first. */
    public Uni<List<Addressed>> of(String agency, AreaPath area, int limit) {
        String within = area == null || area.code().isEmpty() ? "true" : "h." + AreaColumn.of(area.level()) + " = $2";
        return pool.preparedQuery("""
                        select p.plan_id, p.household_id, h.village_code, p.status, p.version, a->>'activityId',
                               a->>'description', a->>'help', (a->>'dueOn')::date, (a->>'budgetThb')::numeric
                        from plans p
                        join plan_households h on h.household_id = p.household_id
                        cross join lateral jsonb_array_elements(p.state->'content'->'activities') a
                        where p.status in ('DRAFT', 'AGREED') and a->>'part' = 'AGENCY' and a->>'agency' = $1 and %s
                        order by (a->>'dueOn')::date nulls last, p.plan_id, a->>'activityId'
                        limit $3""".formatted(within))
                .execute(Tuple.of(agency, area == null ? "" : area.code(), limit))
                .map(rows -> {
                    List<Addressed> found = new ArrayList<>();
                    rows.forEach(r -> found.add(new Addressed(r.getString(0), r.getString(1), r.getString(2),
                            r.getString(3), r.getLong(4), r.getString(5), r.getString(6), r.getString(7), r.getLocalDate(8),
                            r.getBigDecimal(9))));
                    return found;
                });
    }
}
