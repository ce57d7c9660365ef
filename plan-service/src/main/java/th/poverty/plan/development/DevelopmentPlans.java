package th.poverty.plan.development;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.AreaColumn;
import th.poverty.area.AreaLevel;
import th.poverty.area.AreaPath;

/**
 * What the agencies have planned for an area's households (guideline step 3, item 2: the
 * development plans of every level take up the compasses' agency part): the agency activities of
 * the open compasses, their households and budgets, summed by the areas one level down and agency.
 */
@ApplicationScoped
public class DevelopmentPlans {

    private final Pool pool;

    public DevelopmentPlans(Pool pool) {
        this.pool = pool;
    }

    /**
     * One area below and one agency: its planned activities, the households they are for and their budget.
     *
     * @param agencyNameTh the registry's name; null for an agency named before the registry (free text)
     */
    public record Line(String areaCode, String agency, String agencyNameTh, int activities, int households,
                       BigDecimal budgetThb) {
    }

    /** An area's lines (null: the whole country), by area below and agency; a village's by agency alone. */
    public Uni<List<Line>> of(AreaPath area) {
        String within = area == null ? "true" : "h." + AreaColumn.of(area.level()) + " = $1";
        String below = area == null ? "h.province_code"
                : area.level() == AreaLevel.VILLAGE ? "h.village_code" : "h." + AreaColumn.childOf(area.level());
        return pool.preparedQuery("""
                        select %s, a->>'agency', g.name_th, count(*), count(distinct p.household_id),
                               coalesce(sum((a->>'budgetThb')::numeric), 0)
                        from plans p
                        join plan_households h on h.household_id = p.household_id
                        cross join lateral jsonb_array_elements(p.state->'content'->'activities') a
                        left join agencies g on g.code = a->>'agency'
                        where p.status in ('DRAFT', 'AGREED') and a->>'part' = 'AGENCY' and %s
                        group by 1, 2, 3
                        order by 1, 2""".formatted(below, within))
                .execute(area == null ? Tuple.tuple() : Tuple.of(area.code()))
                .map(rows -> {
                    List<Line> lines = new ArrayList<>();
                    rows.forEach(r -> lines.add(new Line(r.getString(0), r.getString(1), r.getString(2), r.getInteger(3),
                            r.getInteger(4), r.getBigDecimal(5).setScale(2))));
                    return lines;
                });
    }
}
