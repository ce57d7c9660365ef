package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The projection tables a rebuild writes anew, under a suffix: {@code _next} for a rebuild that
 * will switch to them, {@code _scratch} for a reconciliation that only compares.
 */
record ProjectionTables(String suffix) {

    /** Every table built from the three topics; the switch renames them all in one transaction. */
    static final List<String> NAMES = List.of("event_log", "households", "carers", "area_totals", "area_daily");

    static final ProjectionTables LIVE = new ProjectionTables("");

    String of(String table) {
        return table + suffix;
    }

    /**
     * The event log is created without its primary key: a replay copies into it faster, and
     * {@link #indexLog} builds the key in one pass afterwards.
     */
    void create(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : NAMES) {
                statement.execute("drop table if exists " + of(table));
                statement.execute("create table " + of(table) + " (like " + table
                        + (table.equals("event_log") ? " including defaults)" : " including all)"));
            }
        }
    }

    /**
     * Gives the replayed log its primary key. A topic holds an event twice when its publisher
     * crashed between publishing and recording it (at least once): then the log keeps one row per
     * subject and event, as the live consumers' inbox does, and the key is built on that.
     *
     * @param copied the rows the replay copied into the log
     * @return the rows the log holds
     */
    long indexLog(Connection connection, long copied) throws SQLException {
        String log = of("event_log");
        String key = "alter table " + log + " add primary key (subject_kind, subject_id, event_id)";
        long rows = copied;
        try (var statement = connection.createStatement()) {
            try {
                statement.execute(key);
            } catch (SQLException duplicates) {
                if (!"23505".equals(duplicates.getSQLState())) {
                    throw duplicates;
                }
                rows -= statement.executeUpdate("delete from " + log + " l using (select ctid, row_number() over "
                        + "(partition by subject_kind, subject_id, event_id) as nth from " + log + ") d "
                        + "where l.ctid = d.ctid and d.nth > 1");
                statement.execute(key);
            }
            statement.execute("analyze " + log);
        }
        return rows;
    }

    void drop(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : NAMES) {
                statement.execute("drop table if exists " + of(table));
            }
        }
    }

    /** Puts these tables in the live ones' place; the old ones are dropped. */
    void replaceLive(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : NAMES) {
                statement.execute("alter table " + table + " rename to " + table + "_old");
                statement.execute("alter table " + of(table) + " rename to " + table);
                statement.execute("drop table " + table + "_old");
            }
        }
    }
}
