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

    void create(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : NAMES) {
                statement.execute("drop table if exists " + of(table));
                statement.execute("create table " + of(table) + " (like " + table + " including all)");
            }
        }
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
