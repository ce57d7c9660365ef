package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * The tables a rebuild fills with COPY, a row per event or subject. Their primary keys are
     * built in one pass once they are full ({@link #indexLog}, {@link #keyFolded}): copying a
     * million households into a keyed table took PostgreSQL nearly four times as long as the copy
     * and the build together, each row a B-tree insert at a random place.
     */
    private static final String LOG = "event_log";
    private static final List<String> FOLDED = List.of("households", "carers");

    /**
     * Each table as the live one is, with its indexes and storage parameters; the tables filled by
     * COPY without their keys.
     */
    void create(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : NAMES) {
                statement.execute("drop table if exists " + of(table));
                statement.execute("create table " + of(table) + " (like " + table + " including all)");
                String parameters = storageParameters(connection, table);
                if (parameters != null) {
                    statement.execute("alter table " + of(table) + " set (" + parameters + ")");
                }
                if (table.equals(LOG) || FOLDED.contains(table)) {
                    statement.execute("alter table " + of(table) + " drop constraint " + primaryKey(connection, of(table)).name());
                }
            }
        }
    }

    /** The live table's storage parameters ({@code fillfactor=50}, ...), which {@code like} does not copy; null if none. */
    private static String storageParameters(Connection connection, String table) throws SQLException {
        try (var select = connection.prepareStatement(
                "select array_to_string(reloptions, ', ') from pg_class where oid = ?::regclass")) {
            select.setString(1, table);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    /** A table's primary key: its constraint's name and definition ({@code PRIMARY KEY (...)}). */
    private record PrimaryKey(String name, String definition) {
    }

    private static PrimaryKey primaryKey(Connection connection, String table) throws SQLException {
        try (var key = connection.prepareStatement(
                "select conname, pg_get_constraintdef(oid) from pg_constraint where conrelid = ?::regclass and contype = 'p'")) {
            key.setString(1, table);
            try (ResultSet rows = key.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException(table + " has no primary key");
                }
                return new PrimaryKey(rows.getString(1), rows.getString(2));
            }
        }
    }

    /** Gives the folded households and carers their primary keys, before anything upserts into them. */
    void keyFolded(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : FOLDED) {
                statement.execute(addPrimaryKey(connection, table));
            }
        }
    }

    /** The live table's primary key, added to this set's table. */
    private String addPrimaryKey(Connection connection, String table) throws SQLException {
        return "alter table " + of(table) + " add " + primaryKey(connection, table).definition();
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
        String log = of(LOG);
        String key = addPrimaryKey(connection, LOG);
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

    /**
     * Puts these tables in the live ones' place; the old ones are dropped. Their indexes and keys
     * take the live ones' names (a key's constraint is renamed with its index), so a migration
     * that names one finds it whether or not the tables were ever rebuilt.
     */
    void replaceLive(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String table : NAMES) {
                Map<String, String> liveNames = liveIndexNames(connection, table);
                statement.execute("drop table " + table);
                statement.execute("alter table " + of(table) + " rename to " + table);
                for (var index : liveNames.entrySet()) {
                    statement.execute("alter index " + index.getKey() + " rename to " + index.getValue());
                }
            }
        }
    }

    /** Each index of this set's table, with the name of the live table's index of the same definition. */
    private Map<String, String> liveIndexNames(Connection connection, String table) throws SQLException {
        try (var select = connection.prepareStatement("""
                select n.relname, l.relname
                from pg_index ni join pg_class n on n.oid = ni.indexrelid, pg_index li join pg_class l on l.oid = li.indexrelid
                where ni.indrelid = ?::regclass and li.indrelid = ?::regclass and ni.indisunique = li.indisunique
                  and regexp_replace(pg_get_indexdef(ni.indexrelid), '^.* USING ', '')
                      = regexp_replace(pg_get_indexdef(li.indexrelid), '^.* USING ', '')""")) {
            select.setString(1, of(table));
            select.setString(2, table);
            Map<String, String> names = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.put(rows.getString(1), rows.getString(2));
                }
            }
            return names;
        }
    }
}
