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
 * Adds a catch-up's area changes to a set of projection tables that already have totals, as the
 * live projection does: summed per area, day and measure first. The catch-up holds the rebuild's
 * lock, so no other transaction writes meanwhile. A full rebuild sums its millions of changes in
 * {@link StagedChanges} instead.
 */
final class ChangeWriter {

    private static final int ROWS_PER_STATEMENT = 10_000;

    /** An area's measure on a day. */
    record DayKey(String areaCode, LocalDate day, String measure) {
    }

    private final Connection connection;
    private final String totalsTable;
    private final String daysTable;

    ChangeWriter(Connection connection, ProjectionTables tables) {
        this.connection = connection;
        this.totalsTable = tables.of("area_totals");
        this.daysTable = tables.of("area_daily");
    }

    /** For a few changes on tables that already have totals: adds to both, as the live projection does. */
    void addToTotalsAndDays(List<AreaChange> changes) throws SQLException {
        Map<List<String>, Long> totals = new HashMap<>();
        Map<List<String>, String> parentOf = new HashMap<>();
        for (AreaChange change : changes) {
            totals.merge(List.of(change.areaCode(), change.measure()), change.delta(), Long::sum);
            parentOf.put(List.of(change.areaCode(), change.measure()), change.parentCode() == null ? "" : change.parentCode());
        }
        var keys = List.copyOf(totals.keySet());
        try (var insert = connection.prepareStatement(Sql.jdbc(Sql.ADD_TO_TOTALS.formatted(totalsTable)))) {
            insert.setArray(1, connection.createArrayOf("text", keys.stream().map(k -> k.get(0)).toArray()));
            insert.setArray(2, connection.createArrayOf("text", keys.stream().map(k -> k.get(1)).toArray()));
            insert.setArray(3, connection.createArrayOf("text", keys.stream().map(parentOf::get).toArray()));
            insert.setArray(4, connection.createArrayOf("bigint", keys.stream().map(totals::get).toArray()));
            insert.executeUpdate();
        }
        Map<DayKey, Long> days = new HashMap<>();
        for (AreaChange change : changes) {
            days.merge(new DayKey(change.areaCode(), change.day(), change.measure()), change.delta(), Long::sum);
        }
        addToDays(days);
    }

    private void addToDays(Map<DayKey, Long> days) throws SQLException {
        var rows = List.copyOf(days.entrySet());
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
    }
}
