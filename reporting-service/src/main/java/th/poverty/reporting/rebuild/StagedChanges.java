package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final int FLUSH_AT = 50_000; // paths and days, each with a slot per measure

    /**
     * An area path's sums on a day, a slot per measure ({@link #measures} numbers them). A
     * subject's changes nearly all fall on one path and day, so a rebuild looks up its millions of
     * changes here once per subject and day rather than once per measure: with tens of thousands
     * of paths, each look-up in the big table is a trip to memory.
     */
    private static final class PathDay {

        private final AreaPath path;
        private final LocalDate day;
        private final int hash;
        private long[] sums = new long[16];

        PathDay(AreaPath path, LocalDate day) {
            this.path = path;
            this.day = day;
            this.hash = path.hashCode() * 31 + day.hashCode();
        }

        void add(int measure, long delta) {
            if (measure >= sums.length) {
                sums = Arrays.copyOf(sums, Math.max(measure + 1, 2 * sums.length));
            }
            sums[measure] += delta;
        }

        boolean is(AreaPath path, LocalDate day) {
            return this.path == path && this.day.equals(day);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PathDay key && hash == key.hash && day.equals(key.day) && path.equals(key.path);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Connection connection;
    private final String staging;
    private final Map<PathDay, PathDay> pathDays = new HashMap<>();
    private final Map<String, Integer> measureNumbers = new HashMap<>();
    private final List<String> measures = new ArrayList<>();
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
                "insert into area_parents select a, nullif(p, '') from (select unnest(?::text[]) as a,"
                + " unnest(?::text[]) as p) as x")) {
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
        PathDay sums = null;
        for (AreaChanges.PathChange change : changes) {
            if (sums == null || !sums.is(change.path(), change.day())) {
                sums = pathDays.computeIfAbsent(new PathDay(change.path(), change.day()), k -> k);
            }
            sums.add(measureNumbers.computeIfAbsent(change.measure(), measure -> {
                measures.add(measure);
                return measures.size() - 1;
            }), change.delta());
        }
        if (pathDays.size() >= FLUSH_AT) {
            flush();
        }
    }

    /** Rolls up the sums so far and copies them into the staging table. */
    void flush() throws SQLException {
        Map<DayKey, Long> days = new HashMap<>();
        for (PathDay sums : pathDays.values()) {
            for (int measure = 0; measure < sums.sums.length; measure++) {
                if (sums.sums[measure] == 0) {
                    continue;
                }
                var change = new AreaChanges.PathChange(sums.path, measures.get(measure), sums.day, sums.sums[measure]);
                for (AreaChange area : AreaChanges.rolledUp(change)) {
                    days.merge(new DayKey(area.areaCode(), area.day(), area.measure()), area.delta(), Long::sum);
                    parents.putIfAbsent(area.areaCode(), area.parentCode() == null ? "" : area.parentCode());
                }
            }
        }
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
