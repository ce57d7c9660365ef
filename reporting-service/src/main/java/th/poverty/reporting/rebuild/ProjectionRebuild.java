package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import th.poverty.reporting.projection.ProjectionLocks;
import th.poverty.reporting.projection.Sql;
import th.poverty.reporting.projection.Subject;

/**
 * Rebuilds every projection of the three topics by replay, while the live tables keep serving:
 * reads the topics from offset 0 into new tables, folds every household and carer once, catches
 * up with what the live consumers logged meanwhile, and switches the tables in one transaction.
 * A reconciliation does the same into scratch tables and, instead of switching, reports where
 * the live numbers and the replayed ones differ. Plain JDBC and a plain Kafka consumer, so it
 * runs inside the service (the admin API) or on its own ({@link RebuildCommand}).
 */
public final class ProjectionRebuild {

    private static final long RUNNING = 0x72656275696c6452L; // one rebuild or reconciliation at a time
    private static final int SAMPLE = 100;

    /**
     * @param phases how long each step took: replaying the topics into the log, indexing the log,
     *               folding the subjects, catching up and switching
     */
    public record Result(long records, long unreadable, long eventsLogged, long subjectsFolded, long caughtUp,
                         long areasChanged, Duration took, Phases phases) {
    }

    public record Phases(Duration replay, Duration index, Duration fold, Duration catchUp) {
    }

    /** A measure of an area whose live value is not what the replay gives. */
    public record Difference(String areaCode, String measure, long live, long replayed) {
    }

    /**
     * @param differences      measures of areas (totals) whose live value differs from the replay's
     * @param dailyDifferences the same for the daily changes
     * @param sample           the first differences, by area and measure
     */
    public record Reconciliation(long records, long unreadable, long subjectsFolded, long differences,
                                 long dailyDifferences, List<Difference> sample, Duration took) {
    }

    /** Another rebuild or reconciliation is running. */
    public static final class AlreadyRunning extends IllegalStateException {
        AlreadyRunning() {
            super("A rebuild or reconciliation is already running");
        }
    }

    private final DataSource dataSource;
    private final Map<String, Object> kafkaConfig;
    private final int workers;

    /** @param kafkaConfig the service's {@code kafka.*} settings: the broker, and its TLS and SASL as the service's user */
    public ProjectionRebuild(DataSource dataSource, Map<String, Object> kafkaConfig) {
        this(dataSource, kafkaConfig, Workers.forThisMachine());
    }

    /** @param workers how many threads replay and fold side by side, each with a database connection */
    public ProjectionRebuild(DataSource dataSource, Map<String, Object> kafkaConfig, int workers) {
        this.dataSource = dataSource;
        this.kafkaConfig = Map.copyOf(kafkaConfig);
        this.workers = workers;
    }

    public Result rebuild() throws SQLException {
        long started = System.nanoTime();
        var next = new ProjectionTables("_next");
        try (Connection connection = exclusive()) {
            try {
                Built built = build(connection, next);
                long changed = count(connection, "insert into area_progress_outbox (area_code, changed_at, due_at) "
                        + "select area_code, t, t from (select distinct area_code from ("
                        + differences(next, "area_totals", "area_code, measure", "value") + ") d) changed, "
                        + "clock_timestamp() as t " + Sql.MARK_CHANGED_ON_CONFLICT);
                count(connection, "delete from area_changes_pending"); // the replay counted what they hold
                next.replaceLive(connection);
                connection.commit();
                return new Result(built.replay.records(), built.replay.unreadable(), built.logged, built.folded,
                        built.caughtUp, changed, Duration.ofNanos(System.nanoTime() - started), built.phases);
            } finally {
                release(connection, next);
            }
        }
    }

    public Reconciliation reconcile() throws SQLException {
        long started = System.nanoTime();
        var scratch = new ProjectionTables("_scratch");
        try (Connection connection = exclusive()) {
            try {
                Built built = build(connection, scratch);
                try (var statement = connection.createStatement()) { // the live numbers, staged changes included
                    statement.executeQuery(Sql.FOLD_PENDING).close();
                }
                List<Difference> sample = new ArrayList<>();
                long totals;
                try (var statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery(differences(scratch, "area_totals", "area_code, measure", "value")
                             + " order by 1, 2")) {
                    totals = 0;
                    while (rows.next()) {
                        if (totals++ < SAMPLE) {
                            sample.add(new Difference(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4)));
                        }
                    }
                }
                long daily = count(connection, "select count(*) from ("
                        + differences(scratch, "area_daily", "area_code, day, measure", "delta") + ") d");
                connection.commit();
                return new Reconciliation(built.replay.records(), built.replay.unreadable(), built.folded, totals, daily,
                        sample, Duration.ofNanos(System.nanoTime() - started));
            } finally {
                release(connection, scratch);
            }
        }
    }

    private record Built(TopicReplay.Replayed replay, long logged, long folded, long caughtUp, Phases phases) {
    }

    /**
     * Replays and folds into the tables, then, in a transaction left open with the live writers
     * paused (the rebuild lock), adds what they logged since the replay began.
     */
    private Built build(Connection connection, ProjectionTables tables) throws SQLException {
        connection.setAutoCommit(true);
        tables.create(connection);
        Timestamp began = now(connection);
        long started = System.nanoTime();
        var replay = new TopicReplay(kafkaConfig, dataSource, workers).into(tables.of("event_log"));
        long replayed = System.nanoTime();
        long logged = tables.indexLog(connection, replay.copied());
        long indexed = System.nanoTime();
        long folded = Refold.all(dataSource, connection, tables, workers);
        tables.keyFolded(connection);
        long refolded = System.nanoTime();
        connection.setAutoCommit(false);
        try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, ProjectionLocks.REBUILD);
            lock.execute();
        }
        Set<Subject> affected = new TreeSet<>();
        Set<UUID> added = new HashSet<>();
        try (var copy = connection.prepareStatement("insert into " + tables.of("event_log")
                + " select * from event_log where logged_at >= ? on conflict do nothing returning subject_kind, subject_id, event_id")) {
            copy.setTimestamp(1, began);
            try (ResultSet rows = copy.executeQuery()) {
                while (rows.next()) {
                    affected.add(new Subject(Subject.Kind.valueOf(rows.getString(1)), rows.getString(2)));
                    added.add(rows.getObject(3, UUID.class));
                }
            }
        }
        new Refold(connection, tables).caughtUp(affected, added);
        return new Built(replay, logged, folded, added.size(), new Phases(Duration.ofNanos(replayed - started),
                Duration.ofNanos(indexed - replayed), Duration.ofNanos(refolded - indexed),
                Duration.ofNanos(System.nanoTime() - refolded)));
    }

    /** The keys whose live value differs from the tables' (a missing row counts as zero). */
    private static String differences(ProjectionTables tables, String table, String keys, String value) {
        String[] key = keys.split(", ");
        StringBuilder on = new StringBuilder();
        StringBuilder select = new StringBuilder();
        for (String column : key) {
            on.append(on.isEmpty() ? "" : " and ").append("l.").append(column).append(" = r.").append(column);
            select.append("coalesce(l.").append(column).append(", r.").append(column).append(") as ").append(column).append(", ");
        }
        return "select " + select + "coalesce(l." + value + ", 0) as live, coalesce(r." + value + ", 0) as replayed"
                + " from " + table + " l full join " + tables.of(table) + " r on " + on
                + " where coalesce(l." + value + ", 0) <> coalesce(r." + value + ", 0)";
    }

    private Connection exclusive() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (var lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, RUNNING);
            try (ResultSet rows = lock.executeQuery()) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    connection.close();
                    throw new AlreadyRunning();
                }
            }
        }
        return connection;
    }

    /**
     * Rolls back what was left open, drops the tables built and lets the next rebuild or
     * reconciliation run.
     */
    private static void release(Connection connection, ProjectionTables tables) throws SQLException {
        if (!connection.getAutoCommit()) { // none is open when a step failed before the catch-up began
            connection.rollback();
            connection.setAutoCommit(true);
        }
        tables.drop(connection);
        try (var unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, RUNNING);
            unlock.execute();
        }
    }

    private static Timestamp now(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select now()")) {
            rows.next();
            return rows.getTimestamp(1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            if (sql.startsWith("select")) {
                try (ResultSet rows = statement.executeQuery(sql)) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
            return statement.executeUpdate(sql);
        }
    }
}
