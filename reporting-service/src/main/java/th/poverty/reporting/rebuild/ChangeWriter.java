package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.poverty.area.AreaPath;
import th.poverty.reporting.measure.AreaChange;
import th.poverty.reporting.measure.AreaChanges;
import th.poverty.reporting.projection.Sql;

/**
 * Adds area changes to a set of projection tables, summed in memory first: a rebuild's millions
 * of changes become one row per area, day and measure. A fold worker copies its sums into a
 * staging table, which {@link #sumStaged} adds up once every worker is done; a catch-up adds to
 * the tables' days and totals directly.
 */
final class ChangeWriter {

    private static final int FLUSH_AT = 200_000;
    private static final int ROWS_PER_STATEMENT = 10_000;

    private record DayKey(String areaCode, LocalDate day, String measure) {
    }

    /** Hashed once: a rebuild merges millions of changes into a few keys. */
    private static final class PathDayKey {

        private final AreaPath path;
        private final LocalDate day;
        private final String measure;
        private final int hash;

        PathDayKey(AreaPath path, LocalDate day, String measure) {
            this.path = path;
            this.day = day;
            this.measure = measure;
            this.hash = (path.hashCode() * 31 + day.hashCode()) * 31 + measure.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PathDayKey key && hash == key.hash && measure.equals(key.measure)
                    && day.equals(key.day) && path.equals(key.path);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Connection connection;
    private final String totalsTable;
    private final String daysTable;
    private final boolean staging;
    private final Map<DayKey, Long> days = new HashMap<>();
    private final Map<PathDayKey, Long> pathDays = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    private ChangeWriter(Connection connection, String totalsTable, String daysTable, boolean staging) {
        this.connection = connection;
        this.totalsTable = totalsTable;
        this.daysTable = daysTable;
        this.staging = staging;
    }

    /** Adds to the tables' totals and days as it goes. */
    static ChangeWriter upserting(Connection connection, ProjectionTables tables) {
        return new ChangeWriter(connection, tables.of("area_totals"), tables.of("area_daily"), false);
    }

    /** Copies its sums into the staging table {@link #createStaging} made. */
    static ChangeWriter staging(Connection connection, String stagingTable) {
        return new ChangeWriter(connection, null, stagingTable, true);
    }

    /** A table for the fold workers' days, each summed on its own; returns its name. */
    static String createStaging(Connection connection, ProjectionTables tables) throws SQLException {
        String staging = tables.of("area_daily") + "_changes";
        try (var statement = connection.createStatement()) {
            statement.execute("drop table if exists " + staging);
            statement.execute("create unlogged table " + staging + " (like area_daily including defaults)");
        }
        return staging;
    }

    /**
     * Sums the workers' days into the tables' days, then the totals (every area's sum of its
     * days), and drops the staging table.
     *
     * @param parents each area's parent, as the workers saw them
     */
    static void sumStaged(Connection connection, ProjectionTables tables, String staging, Map<String, String> parents)
            throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("insert into " + tables.of("area_daily") + " (area_code, day, measure, delta) "
                    + "select area_code, day, measure, sum(delta) from " + staging + " group by area_code, day, measure");
            statement.execute("drop table " + staging);
            statement.execute("drop table if exists area_parents");
            statement.execute("create temporary table area_parents (area_code text primary key, parent_code text)");
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
            statement.execute("drop table area_parents");
        }
    }

    /** Each area this writer saw a change of, with its parent ("" for the country). */
    Map<String, String> parents() {
        return parents;
    }

    private void add(List<AreaChange> changes) {
        for (AreaChange change : changes) {
            days.merge(new DayKey(change.areaCode(), change.day(), change.measure()), change.delta(), Long::sum);
            parents.putIfAbsent(change.areaCode(), change.parentCode() == null ? "" : change.parentCode());
        }
    }

    /** Changes not yet rolled up: summed per area path, rolled up when written. */
    void addAtPaths(List<AreaChanges.PathChange> changes) throws SQLException {
        for (AreaChanges.PathChange change : changes) {
            pathDays.merge(new PathDayKey(change.path(), change.day(), change.measure()), change.delta(), Long::sum);
        }
        if (pathDays.size() >= FLUSH_AT) {
            flush();
        }
    }

    /** Writes the days summed so far. */
    void flush() throws SQLException {
        pathDays.forEach((key, delta) -> add(AreaChanges.rolledUp(
                new AreaChanges.PathChange(key.path, key.measure, key.day, delta))));
        pathDays.clear();
        flushDays();
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
        try (var insert = connection.prepareStatement(Sql.jdbc(Sql.ADD_TO_TOTALS.formatted(totalsTable)))) {
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
        if (staging) {
            try (var copy = CopyRows.into(connection, daysTable, "area_code", "day", "measure", "delta")) {
                for (var day : days.entrySet()) {
                    if (day.getValue() == 0) {
                        continue; // a household that moved: its old and new areas' common ancestors
                    }
                    copy.text(day.getKey().areaCode()).date(day.getKey().day()).text(day.getKey().measure())
                            .bigint(day.getValue());
                    copy.endRow();
                }
                copy.finish();
            }
            days.clear();
            return;
        }
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
        try (var insert = connection.prepareStatement(Sql.jdbc(Sql.ADD_TO_DAYS.formatted(daysTable)))) {
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
