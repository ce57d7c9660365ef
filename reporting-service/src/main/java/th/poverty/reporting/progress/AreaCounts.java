package th.poverty.reporting.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads the measures of areas: now, from {@code area_totals} (one index look-up whatever the
 * level), or as of the end of a day, from the sum of {@code area_daily} up to it.
 */
@ApplicationScoped
public class AreaCounts {

    private final Pool pool;

    public AreaCounts(Pool pool) {
        this.pool = pool;
    }

    public Uni<Counts> of(String areaCode) {
        return pool.preparedQuery("select area_code, measure, value from area_totals where area_code = $1")
                .execute(Tuple.of(areaCode))
                .map(rows -> byArea(rows).getOrDefault(areaCode, Counts.NONE));
    }

    /** The counts of every counted child of the area, by child code. */
    public Uni<Map<String, Counts>> ofChildren(String parentCode) {
        return pool.preparedQuery("select area_code, measure, value from area_totals where parent_code = $1")
                .execute(Tuple.of(parentCode))
                .map(AreaCounts::byArea);
    }

    /** The area's counts at the end of {@code day} (Thai time). */
    public Uni<Counts> asOf(String areaCode, LocalDate day) {
        return pool.preparedQuery("""
                        select area_code, measure, sum(delta)::bigint from area_daily
                        where area_code = $1 and day <= $2
                        group by area_code, measure""")
                .execute(Tuple.of(areaCode, day))
                .map(rows -> byArea(rows).getOrDefault(areaCode, Counts.NONE));
    }

    public Uni<Map<String, Counts>> childrenAsOf(String parentCode, LocalDate day) {
        return pool.preparedQuery("""
                        select area_code, measure, sum(delta)::bigint from area_daily
                        where area_code = any(array(select distinct area_code from area_totals where parent_code = $1))
                          and day <= $2
                        group by area_code, measure""")
                .execute(Tuple.of(parentCode, day))
                .map(AreaCounts::byArea);
    }

    private static Map<String, Counts> byArea(RowSet<Row> rows) {
        Map<String, Map<String, Long>> byArea = new HashMap<>();
        for (Row row : rows) {
            byArea.computeIfAbsent(row.getString(0), code -> new HashMap<>()).put(row.getString(1), row.getLong(2));
        }
        Map<String, Counts> counts = new HashMap<>();
        byArea.forEach((code, values) -> counts.put(code, new Counts(values)));
        return counts;
    }
}
