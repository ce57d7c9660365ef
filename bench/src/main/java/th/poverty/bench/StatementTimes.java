package th.poverty.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Where a database's time went, by statement (pg_stat_statements, which the test server preloads). */
final class StatementTimes {

    /** One normalised statement: its share of the database's execution time, calls and mean time. */
    record Statement(double share, long calls, double meanMillis, double totalSeconds, String text) {

        /** The text cut to 160 characters, safe inside a Markdown table's code span. */
        String inMarkdown() {
            String shown = text.length() > 160 ? text.substring(0, 157) + "..." : text;
            return shown.replace("|", "\\|").replace("`", "'");
        }
    }

    private StatementTimes() {
    }

    /** Starts counting from zero. */
    static void reset(Connection database) throws SQLException {
        try (var statement = database.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements that took most time since {@link #reset}, with their text on one line. */
    static List<Statement> top(Connection database, int limit) throws SQLException {
        List<Statement> top = new ArrayList<>();
        try (var query = database.prepareStatement("""
                select total_exec_time / nullif(sum(total_exec_time) over (), 0), calls, mean_exec_time,
                       total_exec_time / 1000, regexp_replace(query, '\\s+', ' ', 'g')
                from pg_stat_statements
                where dbid = (select oid from pg_database where datname = current_database())
                order by total_exec_time desc
                limit ?""")) {
            query.setInt(1, limit);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    top.add(new Statement(rows.getDouble(1), rows.getLong(2), rows.getDouble(3), rows.getDouble(4),
                            rows.getString(5)));
                }
            }
        }
        return top;
    }
}
