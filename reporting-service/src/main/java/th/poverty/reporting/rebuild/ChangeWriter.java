package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.poverty.reporting.measure.AreaChange;
import th.poverty.reporting.projection.Sql;

/**
 * Adds area changes to a set of projection tables, summed in memory first: a rebuild's millions
 * of changes become one row per area, day and measure, written in multi-row statements.
 */
final class ChangeWriter {

    private static final int FLUSH_AT = 200_000;
    private static final int ROWS_PER_STATEMENT = 10_000;

    private record DayKey(String areaCode, LocalDate day, String measure) {
    }

    private final Connection connection;
    private final ProjectionTables tables;
    private final Map<DayKey, Long> days = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    ChangeWriter(Connection connection, ProjectionTables tables) {
        this.connection = connection;
        this.tables = tables;
    }

    void add(List<AreaChange> changes) throws SQLException {
        for (AreaChange change : changes) {
            days.merge(new DayKey(change.areaCode(), change.day(), change.measure()), change.delta(), Long::sum);
            parents.putIfAbsent(change.areaCode(), change.parentCode() == null ? "" : change.parentCode());
        }
        if (days.size() >= FLUSH_AT) {
            flushDays();
        }
    }

    /** Writes the days, then the totals: every area's sum of its days. */
    void finish() throws SQLException {
        flushDays();
        try (var statement = connection.createStatement()) {
            statement.execute("create temporary table area_parents (area_code text primary key, parent_code text) on commit drop");
        }
        try (var insert = connection.prepareStatement(
                "insert into area_parents select a, nullif(p, '') from unnest(?::text[], ?::text[]) as x (a, p)")) {
            insert.setArray(1, connection.createArrayOf("text", parents.keySet().toArray()));
            insert.setArray(2, connection.createArrayOf("text", parents.values().toArray()));
            insert.executeUpdate();
        }
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("insert into " + tables.of("area_totals") + """
                     (area_code, measure, parent_code, value)
                    select d.area_code, d.measure, p.parent_code, sum(d.delta)
                    from %s d join area_parents p using (area_code)
                    group by d.area_code, d.measure, p.parent_code""".formatted(tables.of("area_daily")));
        }
    }

    /** For a few changes on tables that already have totals: adds to both, as the live projection does. */
    void addToTotalsAndDays(List<AreaChange> changes) throws SQLException {
        Map<List<String>, Long> totals = new HashMap<>();
        Map<List<String>, String> parentOf = new HashMap<>();
        for (AreaChange change : changes) {
            totals.merge(List.of(change.areaCode(), change.measure()), change.delta(), Long::sum);
            parentOf.put(List.of(change.areaCode(), change.measure()), change.parentCode() == null ? "" : change.parentCode());
        }
        var keys = totals.keySet().stream().sorted((a, b) -> (a.get(0) + " " + a.get(1)).compareTo(b.get(0) + " " + b.get(1)))
                .toList();
        try (var insert = connection.prepareStatement(Sql.jdbc(Sql.ADD_TO_TOTALS.formatted(tables.of("area_totals"))))) {
            insert.setArray(1, connection.createArrayOf("text", keys.stream().map(k -> k.get(0)).toArray()));
            insert.setArray(2, connection.createArrayOf("text", keys.stream().map(k -> k.get(1)).toArray()));
            insert.setArray(3, connection.createArrayOf("text", keys.stream().map(parentOf::get).toArray()));
            insert.setArray(4, connection.createArrayOf("bigint", keys.stream().map(totals::get).toArray()));
            insert.executeUpdate();
        }
        for (AreaChange change : changes) {
            days.merge(new DayKey(change.areaCode(), change.day(), change.measure()), change.delta(), Long::sum);
        }
        flushDays();
    }

    private void flushDays() throws SQLException {
        var rows = days.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> {
                    int byArea = a.areaCode().compareTo(b.areaCode());
                    if (byArea != 0) {
                        return byArea;
                    }
                    int byDay = a.day().compareTo(b.day());
                    return byDay != 0 ? byDay : a.measure().compareTo(b.measure());
                }))
                .toList();
        try (var insert = connection.prepareStatement(Sql.jdbc(Sql.ADD_TO_DAYS.formatted(tables.of("area_daily"))))) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                var chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                insert.setArray(1, connection.createArrayOf("text", chunk.stream().map(e -> e.getKey().areaCode()).toArray()));
                insert.setArray(2, connection.createArrayOf("date", chunk.stream().map(e -> Date.valueOf(e.getKey().day())).toArray()));
                insert.setArray(3, connection.createArrayOf("text", chunk.stream().map(e -> e.getKey().measure()).toArray()));
                insert.setArray(4, connection.createArrayOf("bigint", chunk.stream().map(Map.Entry::getValue).toArray()));
                insert.executeUpdate();
            }
        }
        days.clear();
    }
}
