package th.poverty.reporting.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads the measures of areas: now, from {@code area_totals} (one index look-up whatever the
 * level), or as of the end of a day: the totals less the changes of {@code area_daily} after it.
 * The totals are the sum of every day's changes, so reading back from now touches only the days
 * since, where summing from the start touched every day there ever was.
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
        return pool.preparedQuery(BACK_FROM_NOW.formatted("area_code = $1", "area_code = $1"))
                .execute(Tuple.of(areaCode, day))
                .map(rows -> byArea(rows).getOrDefault(areaCode, Counts.NONE));
    }

    public Uni<Map<String, Counts>> childrenAsOf(String parentCode, LocalDate day) {
        return pool.preparedQuery(BACK_FROM_NOW.formatted("parent_code = $1",
                        "area_code = any(array(select distinct area_code from area_totals where parent_code = $1))"))
                .execute(Tuple.of(parentCode, day))
                .map(AreaCounts::byArea);
    }

    /** The area's changes after the day, summed by the month they fell in: a time series read back from now. */
    public Uni<Map<YearMonth, Map<String, Long>>> monthlyChangesAfter(String areaCode, LocalDate day) {
        return pool.preparedQuery("""
                        select date_trunc('month', day)::date, measure, sum(delta)::bigint from area_daily
                        where area_code = $1 and day > $2 group by 1, 2""")
                .execute(Tuple.of(areaCode, day))
                .map(rows -> {
                    Map<YearMonth, Map<String, Long>> months = new TreeMap<>();
                    for (Row row : rows) {
                        months.computeIfAbsent(YearMonth.from(row.getLocalDate(0)), m -> new HashMap<>())
                                .put(row.getString(1), row.getLong(2));
                    }
                    return months;
                });
    }

    /** The totals now less the changes after the day ($2): a measure may be in either alone. */
    private static final String BACK_FROM_NOW = """
            select coalesce(t.area_code, a.area_code), coalesce(t.measure, a.measure),
                   coalesce(t.value, 0) - coalesce(a.since, 0)
            from (select area_code, measure, value from area_totals where %s) t
            full join (select area_code, measure, sum(delta)::bigint as since from area_daily
                       where %s and day > $2 group by area_code, measure) a
              on a.area_code = t.area_code and a.measure = t.measure""";

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
