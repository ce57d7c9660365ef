package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;

import th.poverty.eventstore.IncomingEvent;
import th.poverty.reporting.projection.ConsumedEvent;
import th.poverty.reporting.projection.Subject;

/** Streams consumed events into an event log table with COPY, a row per subject of each event. */
final class LogWriter implements AutoCloseable {

    private final CopyRows copy;

    LogWriter(Connection connection, String table) throws SQLException {
        this.copy = CopyRows.into(connection, table, "subject_kind", "subject_id", "event_id", "source", "type",
                "stream_type", "stream_id", "stream_version", "occurred_at", "actor", "actor_role", "facts");
    }

    void add(ConsumedEvent consumed) throws SQLException {
        IncomingEvent e = consumed.event();
        for (Subject subject : consumed.subjects()) {
            copy.text(subject.kind().name()).text(subject.id()).uuid(e.eventId()).text(e.source()).text(e.type())
                    .text(e.streamType()).text(e.streamId()).bigint(e.version()).timestamp(e.metadata().occurredAt())
                    .text(e.metadata().actor()).text(e.metadata().actorRole()).text(consumed.factsJson());
            copy.endRow();
        }
    }

    /** Ends the copy; returns the rows written. */
    long finish() throws SQLException {
        return copy.finish();
    }

    @Override
    public void close() throws SQLException {
        copy.close();
    }
}
