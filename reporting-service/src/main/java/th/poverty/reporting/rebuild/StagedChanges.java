package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.poverty.area.AreaPath;
import th.poverty.reporting.measure.AreaChange;
import th.poverty.reporting.measure.AreaChanges;
import th.poverty.reporting.rebuild.ChangeWriter.DayKey;

/**
 * A fold worker's area changes, summed in memory per area path, day and measure, then rolled up
 * and copied into a staging table shared by the workers; {@link #sumStaged} adds the staging
 * table up once every worker is done. A rebuild's millions of changes become one row per area,
 * day and measure.
 */
final class StagedChanges {

    private static final int FLUSH_AT = 200_000;

    /**
     * An area path's sum for a day and measure, keyed by the three and hashed once: a rebuild adds
     * millions of changes into a few sums, in place rather than boxing a new sum for each.
     */
    private static final class PathDaySum {

        private final AreaPath path;
        private final LocalDate day;
        private final String measure;
        private final int hash;
        private long delta;

        PathDaySum(AreaPath path, LocalDate day, String measure) {
            this.path = path;
            this.day = day;
            this.measure = measure;
            this.hash = (path.hashCode() * 31 + day.hashCode()) * 31 + measure.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PathDaySum key && hash == key.hash && measure.equals(key.measure)
                    && day.equals(key.day) && path.equals(key.path);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Connection connection;
    private final String staging;
    private final Map<PathDaySum, PathDaySum> pathDays = new HashMap<>();
    private final Map<String, String> parents = new HashMap<>();

    /** @param staging the table {@link #createStaging} made */
    StagedChanges(Connection connection, String staging) {
        this.connection = connection;
        this.staging = staging;
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

    /** Changes not yet rolled up: summed per area path, rolled up when written. */
    void add(List<AreaChanges.PathChange> changes) throws SQLException {
        for (AreaChanges.PathChange change : changes) {
            var key = new PathDaySum(change.path(), change.day(), change.measure());
            pathDays.computeIfAbsent(key, k -> k).delta += change.delta();
        }
        if (pathDays.size() >= FLUSH_AT) {
            flush();
        }
    }

    /** Rolls up the sums so far and copies them into the staging table. */
    void flush() throws SQLException {
        Map<DayKey, Long> days = new HashMap<>();
        pathDays.values().forEach(sum -> {
            for (AreaChange change : AreaChanges.rolledUp(new AreaChanges.PathChange(sum.path, sum.measure, sum.day, sum.delta))) {
                days.merge(new DayKey(change.areaCode(), change.day(), change.measure()), change.delta(), Long::sum);
                parents.putIfAbsent(change.areaCode(), change.parentCode() == null ? "" : change.parentCode());
            }
        });
        pathDays.clear();
        try (var copy = CopyRows.into(connection, staging, "area_code", "day", "measure", "delta")) {
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
    }

    /** Each area these changes concern, with its parent ("" for the country). */
    Map<String, String> parents() {
        return parents;
    }
}
