package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import th.poverty.eventstore.IncomingEvent;
import th.poverty.reporting.projection.ConsumedEvent;
import th.poverty.reporting.projection.Subject;

/** Writes consumed events into an event log table in batches: one multi-row statement per batch. */
final class LogWriter {

    static final int BATCH = 5_000;

    private final Connection connection;
    private final String table;
    private final List<Object[]> rows = new ArrayList<>(BATCH);
    private long written;

    LogWriter(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    void add(ConsumedEvent consumed) throws SQLException {
        IncomingEvent e = consumed.event();
        for (Subject subject : consumed.subjects()) {
            rows.add(new Object[] {subject.kind().name(), subject.id(), e.eventId(), e.source(), e.type(), e.streamType(),
                    e.streamId(), e.version(), Timestamp.from(e.metadata().occurredAt()), e.metadata().actor(),
                    e.metadata().actorRole(), e.metadata().reason(), consumed.factsJson()});
        }
        if (rows.size() >= BATCH) {
            flush();
        }
    }

    long flush() throws SQLException {
        if (rows.isEmpty()) {
            return written;
        }
        try (var insert = connection.prepareStatement("insert into " + table + """
                 (subject_kind, subject_id, event_id, source, type, stream_type, stream_id, stream_version, occurred_at,
                  actor, actor_role, reason, facts)
                select k, i, e, s, t, st, si, v, o, a, r, w, f::jsonb
                from unnest(?::text[], ?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],
                            ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[])
                     as x (k, i, e, s, t, st, si, v, o, a, r, w, f)
                on conflict do nothing""")) {
            String[] types = {"text", "text", "uuid", "text", "text", "text", "text", "bigint", "timestamptz", "text", "text",
                    "text", "text"};
            for (int column = 0; column < types.length; column++) {
                Object[] values = new Object[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    values[r] = rows.get(r)[column];
                }
                insert.setArray(column + 1, connection.createArrayOf(types[column], values));
            }
            written += insert.executeUpdate();
        }
        rows.clear();
        return written;
    }
}
