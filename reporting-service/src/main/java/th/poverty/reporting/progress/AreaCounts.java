package th.poverty.reporting.progress;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.reporting.rollup.RollUp;

/** The {@code area_counts} table: households counted per area and measure, at every level. */
@ApplicationScoped
public class AreaCounts {

    private final Pool pool;

    public AreaCounts(Pool pool) {
        this.pool = pool;
    }

    /**
     * Counts one more household under each measure in every area of the roll-up, in one
     * statement. Rows are written in the roll-up's order (country first), so concurrent writers
     * queue on the same first row instead of deadlocking.
     */
    Uni<Void> addOne(SqlConnection tx, RollUp rollUp, List<Measure> measures) {
        return tx.preparedQuery("""
                        insert into area_counts (area_code, parent_code, measure, households)
                        select area.code, area.parent, measure.name, 1
                        from unnest($1::text[], $2::text[]) with ordinality as area (code, parent, n)
                        cross join unnest($3::text[]) with ordinality as measure (name, m)
                        order by area.n, measure.m
                        on conflict (area_code, measure) do update set households = area_counts.households + 1""")
                .execute(Tuple.tuple()
                        .addArrayOfString(rollUp.codes().toArray(String[]::new))
                        .addArrayOfString(rollUp.parentCodes().toArray(String[]::new))
                        .addArrayOfString(measures.stream().map(Measure::name).toArray(String[]::new)))
                .replaceWithVoid();
    }

    public Uni<Counts> of(String areaCode) {
        return pool.preparedQuery("select area_code, measure, households from area_counts where area_code = $1")
                .execute(Tuple.of(areaCode))
                .map(rows -> byArea(rows).getOrDefault(areaCode, Counts.NONE));
    }

    /** The counts of every counted child of the area, by child code. */
    public Uni<Map<String, Counts>> ofChildren(String parentCode) {
        return pool.preparedQuery("select area_code, measure, households from area_counts where parent_code = $1")
                .execute(Tuple.of(parentCode))
                .map(AreaCounts::byArea);
    }

    private static Map<String, Counts> byArea(RowSet<Row> rows) {
        Map<String, Map<Measure, Long>> byArea = new HashMap<>();
        for (Row row : rows) {
            Measure.named(row.getString("measure")).ifPresent(measure -> byArea
                    .computeIfAbsent(row.getString("area_code"), code -> new EnumMap<>(Measure.class))
                    .put(measure, row.getLong("households")));
        }
        Map<String, Counts> counts = new HashMap<>();
        byArea.forEach((code, measures) -> counts.put(code, new Counts(measures)));
        return counts;
    }
}
