package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.postgresql.PGStatement;

import th.poverty.reporting.measure.AreaChange;
import th.poverty.reporting.measure.AreaChanges;
import th.poverty.reporting.measure.CarerFacts;
import th.poverty.reporting.measure.Facts;
import th.poverty.reporting.measure.History;
import th.poverty.reporting.measure.HouseholdFacts;
import th.poverty.reporting.measure.LoggedEvent;
import th.poverty.reporting.projection.Projector;
import th.poverty.reporting.projection.SourceTopic;
import th.poverty.reporting.projection.Subject;

/**
 * Folds the histories logged in a set of projection tables into their households, carers, area
 * days and totals: each subject once, reading the log in subject order through a cursor, so a
 * rebuild costs one pass whatever the number of events.
 */
final class Refold {

    private static final int FETCH = 10_000;

    private final Connection connection;
    private final ProjectionTables tables;

    Refold(Connection connection, ProjectionTables tables) {
        this.connection = connection;
        this.tables = tables;
    }

    /**
     * Folds every subject of the log into empty tables, the subjects shared among workers by a
     * hash of their id, each worker on a connection of its own; the days' changes are summed
     * into the area tables once all are done. Returns how many subjects were folded.
     */
    static long all(DataSource dataSource, Connection connection, ProjectionTables tables, int workers)
            throws SQLException {
        String staging = StagedChanges.createStaging(connection, tables);
        List<Folded> shares = Workers.run(IntStream.range(0, workers).boxed().toList(), share -> {
            try (Connection own = dataSource.getConnection()) {
                own.setAutoCommit(false); // the log is read through a cursor, which needs a transaction
                try (var statement = own.createStatement()) {
                    // the workers already keep every processor busy: parallel scans would only add
                    // processes sharing them, and their rows' trips through shared memory
                    statement.execute("set local max_parallel_workers_per_gather = 0");
                    // the share is sorted by subject before its first row: in memory rather than in temporary
                    // files up to shares of about 1.5 million events (a million took 280MB)
                    statement.execute("set local work_mem = '512MB'");
                }
                var changes = new StagedChanges(own, staging);
                long folded = new Refold(own, tables).share(share, workers, changes);
                own.commit();
                return new Folded(folded, changes.parents());
            }
        });
        Map<String, String> parents = new HashMap<>();
        shares.forEach(share -> parents.putAll(share.parents()));
        StagedChanges.sumStaged(connection, tables, staging, parents);
        return shares.stream().mapToLong(Folded::subjects).sum();
    }

    private record Folded(long subjects, Map<String, String> parents) {
    }

    /** Folds the subjects whose id hashes to {@code share} of {@code shares}; returns how many. */
    private long share(int share, int shares, StagedChanges changes) throws SQLException {
        var subjects = new SubjectWriter(connection, tables, true);
        long folded = 0;
        try (var select = connection.prepareStatement("""
                select subject_kind, subject_id, occurred_at, stream_version, event_id, type, facts::text
                from %s where facts is not null and (hashtext(subject_id) & 2147483647) %% ? = ?
                order by subject_id, subject_kind""".formatted(tables.of("event_log")))) {
            select.setInt(1, shares);
            select.setInt(2, share);
            select.setFetchSize(FETCH);
            // times and ids in binary from the first execution: parsing a million timestamps as text shows
            select.unwrap(PGStatement.class).setPrepareThreshold(-1);
            try (ResultSet rows = select.executeQuery()) {
                Subject current = null;
                List<LoggedEvent> history = new ArrayList<>();
                while (rows.next()) {
                    Subject subject = new Subject(Subject.Kind.valueOf(rows.getString(1)), rows.getString(2));
                    if (!subject.equals(current)) {
                        if (current != null) {
                            fold(current, history, changes, subjects);
                            folded++;
                        }
                        current = subject;
                        history.clear();
                    }
                    history.add(logged(rows, 3));
                }
                if (current != null) {
                    fold(current, history, changes, subjects);
                    folded++;
                }
            }
        }
        subjects.flush();
        changes.flush();
        return folded;
    }

    /** Folds again the subjects whose events {@code added} were just logged, adding the difference. */
    void caughtUp(Collection<Subject> affected, Set<UUID> added) throws SQLException {
        var subjects = new SubjectWriter(connection, tables, false);
        var changes = new ChangeWriter(connection, tables);
        List<AreaChange> all = new ArrayList<>();
        for (Subject subject : affected) {
            List<LoggedEvent> history = history(subject);
            var was = History.fold(Projector.facts(subject),
                    history.stream().filter(event -> !added.contains(event.eventId())).toList());
            Facts now = Projector.facts(subject);
            all.addAll(AreaChanges.between(was, History.fold(now, history)));
            subjects.add(subject, now);
        }
        subjects.flush();
        changes.addToTotalsAndDays(all);
    }

    private static void fold(Subject subject, List<LoggedEvent> history, StagedChanges changes, SubjectWriter subjects)
            throws SQLException {
        Facts facts = Projector.facts(subject);
        changes.add(AreaChanges.atPaths(new TreeMap<>(), History.fold(facts, history)));
        subjects.add(subject, facts);
    }

    private List<LoggedEvent> history(Subject subject) throws SQLException {
        try (var select = connection.prepareStatement("""
                select occurred_at, stream_version, event_id, type, facts::text from %s
                where subject_kind = ? and subject_id = ? and facts is not null""".formatted(tables.of("event_log")))) {
            select.setString(1, subject.kind().name());
            select.setString(2, subject.id());
            List<LoggedEvent> history = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    history.add(logged(rows, 1));
                }
            }
            return history;
        }
    }

    private static LoggedEvent logged(ResultSet rows, int from) throws SQLException {
        return new LoggedEvent(rows.getTimestamp(from).toInstant(), rows.getLong(from + 1),
                rows.getObject(from + 2, UUID.class), SourceTopic.decode(rows.getString(from + 3), rows.getString(from + 4)));
    }

    /** Households' and carers' rows, upserted in batches, or copied into empty tables. */
    private static final class SubjectWriter {

        private static final int BATCH = 50_000;

        private final Connection connection;
        private final ProjectionTables tables;
        private final boolean copying;
        private final List<Object[]> households = new ArrayList<>();
        private final List<Object[]> carers = new ArrayList<>();

        /** @param copying whether the tables are empty (a full fold), so that rows are copied rather than upserted */
        SubjectWriter(Connection connection, ProjectionTables tables, boolean copying) {
            this.connection = connection;
            this.tables = tables;
            this.copying = copying;
        }

        void add(Subject subject, Facts facts) throws SQLException {
            switch (facts) {
                case HouseholdFacts household -> {
                    var area = household.area();
                    households.add(new Object[] {subject.id(), area == null ? null : area.province(),
                            area == null ? null : area.district(), area == null ? null : area.tambon(),
                            area == null ? null : area.village(), household.standing().name()});
                }
                case CarerFacts carer -> carers.add(new Object[] {subject.id(),
                        carer.area() == null ? null : carer.area().code(), carer.households()});
                default -> throw new IllegalStateException("no row kept for " + subject);
            }
            if (households.size() + carers.size() >= BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (copying) {
                if (!households.isEmpty()) {
                    try (var copy = CopyRows.into(connection, tables.of("households"), "household_id", "province_code",
                            "district_code", "tambon_code", "village_code", "status")) {
                        for (Object[] row : households) {
                            for (Object value : row) {
                                copy.text((String) value);
                            }
                            copy.endRow();
                        }
                        copy.finish();
                    }
                    households.clear();
                }
                if (!carers.isEmpty()) {
                    try (var copy = CopyRows.into(connection, tables.of("carers"), "carer_id", "area_code", "households")) {
                        for (Object[] row : carers) {
                            copy.text((String) row[0]).text((String) row[1]).integer((Integer) row[2]);
                            copy.endRow();
                        }
                        copy.finish();
                    }
                    carers.clear();
                }
                return;
            }
            if (!households.isEmpty()) {
                write("""
                        insert into %s (household_id, province_code, district_code, tambon_code, village_code, status)
                        select unnest(?::text[]), unnest(?::text[]), unnest(?::text[]), unnest(?::text[]),
                                unnest(?::text[]), unnest(?::text[])
                        on conflict (household_id) do update set province_code = excluded.province_code,
                            district_code = excluded.district_code, tambon_code = excluded.tambon_code,
                            village_code = excluded.village_code, status = excluded.status"""
                        .formatted(tables.of("households")), households, "text", "text", "text", "text", "text", "text");
                households.clear();
            }
            if (!carers.isEmpty()) {
                write("""
                        insert into %s (carer_id, area_code, households)
                        select unnest(?::text[]), unnest(?::text[]), unnest(?::int[])
                        on conflict (carer_id) do update set area_code = excluded.area_code, households = excluded.households"""
                        .formatted(tables.of("carers")), carers, "text", "text", "int");
                carers.clear();
            }
        }

        private void write(String sql, List<Object[]> rows, String... types) throws SQLException {
            try (var insert = connection.prepareStatement(sql)) {
                for (int column = 0; column < types.length; column++) {
                    Object[] values = new Object[rows.size()];
                    for (int r = 0; r < rows.size(); r++) {
                        values[r] = rows.get(r)[column];
                    }
                    insert.setArray(column + 1, connection.createArrayOf(types[column], values));
                }
                insert.executeUpdate();
            }
        }
    }
}
