package th.poverty.eventstore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.TimeOrderedIds;

/**
 * The append-only event store. An append names the stream version it expects; the stream row
 * is moved to the new version only if it still holds the expected one, so of two racing
 * appends exactly one wins and the other gets a {@link StreamVersionConflict} and writes
 * nothing. Appended events are queued in the outbox in the same transaction, with the trace
 * context of the span they were appended under ({@link TraceContext#current}: a command's
 * request, a consumer's batch), which the relay continues on Kafka. A command sent with an
 * Idempotency-Key claims it in the same transaction ({@link IdempotentRequest}).
 */
@ApplicationScoped
public class EventStore {

    private static final ObjectMapper METADATA = EventCodec.defaultMapper();

    private static final String COLUMNS =
            "position, stream_id, stream_type, version, event_id, type, schema_version, payload::text, metadata::text, recorded_at";

    private final EventStoreMetrics metrics;
    private final long maxEventSize;

    @Inject
    public EventStore(EventStoreMetrics metrics, EventStoreConfig config) {
        this(metrics, config.maxEventSize().asLongValue());
    }

    /** A store outside CDI, such as a test's second instance. */
    public EventStore(EventStoreMetrics metrics, long maxEventSize) {
        this.metrics = metrics;
        this.maxEventSize = maxEventSize;
    }

    /** The stream's events in version order; empty when the stream does not exist. */
    public Uni<List<StoredEvent>> readStream(SqlClient client, String streamId) {
        return client.preparedQuery("select " + COLUMNS + " from events where stream_id = $1 order by version")
                .execute(Tuple.of(streamId))
                .map(rows -> {
                    List<StoredEvent> events = new ArrayList<>(rows.size());
                    rows.forEach(row -> events.add(toEvent(row)));
                    return events;
                });
    }

    /** Events after {@code position} in log order, for replays and rebuilds. */
    public Uni<List<StoredEvent>> readAll(SqlClient client, long afterPosition, int limit) {
        return client.preparedQuery("select " + COLUMNS + " from events where position > $1 order by position limit $2")
                .execute(Tuple.of(afterPosition, limit))
                .map(rows -> {
                    List<StoredEvent> events = new ArrayList<>(rows.size());
                    rows.forEach(row -> events.add(toEvent(row)));
                    return events;
                });
    }

    /**
     * Appends {@code events} to the stream if it is still at {@code expectedVersion} (0 for a new
     * stream). Must run inside a transaction ({@code pool.withTransaction}): the version check,
     * the events and their outbox entries commit or fail together.
     */
    public Uni<List<StoredEvent>> append(SqlConnection tx, String streamId, String streamType, long expectedVersion,
                                         List<NewEvent> events, EventMetadata metadata) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        TraceContext trace = TraceContext.current();
        List<FreeTexts.Kept> texts = new ArrayList<>();
        EventMetadata recorded = keptAside(metadata, streamId, events, texts);
        String metadataJson = json(recorded);
        events.forEach(event -> requireWithinLimit(event.type(), event.payload(), metadataJson));
        long newVersion = expectedVersion + events.size();
        Uni<Integer> moved = expectedVersion == 0
                ? tx.preparedQuery("insert into streams (stream_id, stream_type, version) values ($1, $2, $3) on conflict do nothing")
                        .execute(Tuple.of(streamId, streamType, newVersion)).map(rows -> rows.rowCount())
                : tx.preparedQuery("update streams set version = $3, updated_at = now() where stream_id = $1 and version = $2")
                        .execute(Tuple.of(streamId, expectedVersion, newVersion)).map(rows -> rows.rowCount());
        // the key first: a twin of this command waits here, then finds it applied (not a stale version)
        return IdempotentRequest.claimCurrent(tx).chain(() -> moved).flatMap(count -> {
            if (count == 0) {
                return currentVersion(tx, streamId).onItem().transform(actual -> {
                    metrics.conflict(streamType);
                    throw new StreamVersionConflict(streamId, expectedVersion, actual);
                });
            }
            return insert(tx, streamId, streamType, expectedVersion, events, recorded, metadataJson, trace)
                    .call(() -> FreeTexts.keep(tx, texts));
        });
    }

    /**
     * The metadata as stored, its reason a reference to the text now in {@code texts}, beside the
     * events' own free text ({@link FreeTexts}). Their subject is the household the first event
     * names, else the stream.
     */
    private static EventMetadata keptAside(EventMetadata metadata, String streamId, List<NewEvent> events,
                                           List<FreeTexts.Kept> texts) {
        String subject = events.getFirst().subject() == null ? streamId : events.getFirst().subject();
        UUID sameText = null;
        for (NewEvent event : events) {
            String about = event.subject() == null ? streamId : event.subject();
            for (var text : event.texts().entrySet()) {
                texts.add(new FreeTexts.Kept(text.getKey(), about, streamId, text.getValue()));
                if (sameText == null && about.equals(subject) && text.getValue().equals(metadata.reason())) {
                    sameText = text.getKey();
                }
            }
        }
        if (metadata.reason().isBlank()) {
            return metadata;
        }
        if (sameText != null) {
            // the reason an event carries as well (a nomination's, a revision's) is kept once
            return metadata.withReason(FreeTexts.reference(sameText));
        }
        UUID reason = TimeOrderedIds.next();
        texts.add(new FreeTexts.Kept(reason, subject, streamId, metadata.reason()));
        return metadata.withReason(FreeTexts.reference(reason));
    }

    /** A stream to create with its first events, for {@link #appendNewStreams}. */
    public record NewStream(String streamId, List<NewEvent> events, EventMetadata metadata) {
    }

    /**
     * Creates many streams at once (a bulk import): one statement for the stream rows, one for
     * the events and their outbox entries, whatever the count. All or nothing: if any stream
     * already exists, nothing is written and the conflict names it.
     */
    public Uni<List<StoredEvent>> appendNewStreams(SqlConnection tx, String streamType, List<NewStream> streams) {
        if (streams.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        TraceContext trace = TraceContext.current();
        String[] streamIds = new String[streams.size()];
        Long[] streamVersions = new Long[streams.size()];
        int total = 0;
        for (int i = 0; i < streams.size(); i++) {
            streamIds[i] = streams.get(i).streamId();
            streamVersions[i] = (long) streams.get(i).events().size();
            total += streams.get(i).events().size();
        }
        int count = total;
        return IdempotentRequest.claimCurrent(tx).chain(() -> tx.preparedQuery("""
                        insert into streams (stream_id, stream_type, version)
                        select id, $1, v from (select unnest($2::text[]) as id, unnest($3::bigint[]) as v) as x
                        on conflict do nothing
                        returning stream_id""")
                .execute(Tuple.of(streamType, streamIds, streamVersions))
                .flatMap(created -> {
                    if (created.rowCount() != streams.size()) {
                        var fresh = new java.util.HashSet<String>();
                        created.forEach(row -> fresh.add(row.getString(0)));
                        String existing = streams.stream().map(NewStream::streamId).filter(id -> !fresh.contains(id))
                                .findFirst().orElse("?");
                        metrics.conflict(streamType);
                        return Uni.createFrom().failure(new StreamVersionConflict(existing, 0, -1));
                    }
                    return insertAll(tx, streamType, streams, count, trace);
                }));
    }

    private Uni<List<StoredEvent>> insertAll(SqlConnection tx, String streamType, List<NewStream> streams, int total,
                                             TraceContext trace) {
        String[] ids = new String[total];
        Long[] versions = new Long[total];
        UUID[] eventIds = new UUID[total];
        String[] types = new String[total];
        Integer[] schemaVersions = new Integer[total];
        // JSON goes as UTF-8 bytes: the client encodes a text parameter a character at a time,
        // which for a bulk append cost more than the rest of the statement's encoding together.
        Buffer[] payloads = new Buffer[total];
        Buffer[] metadata = new Buffer[total];
        List<StoredEvent> pending = new ArrayList<>(total);
        List<FreeTexts.Kept> texts = new ArrayList<>();
        int i = 0;
        for (NewStream stream : streams) {
            EventMetadata recorded = keptAside(stream.metadata(), stream.streamId(), stream.events(), texts);
            Buffer metadataJson = Buffer.buffer(json(recorded).getBytes(StandardCharsets.UTF_8));
            long version = 0;
            for (NewEvent event : stream.events()) {
                ids[i] = stream.streamId();
                versions[i] = ++version;
                eventIds[i] = TimeOrderedIds.next();
                types[i] = event.type();
                schemaVersions[i] = event.schemaVersion();
                payloads[i] = Buffer.buffer(event.payload().getBytes(StandardCharsets.UTF_8));
                metadata[i] = metadataJson;
                requireWithinLimit(event.type(), payloads[i].length() + metadataJson.length());
                pending.add(new StoredEvent(0, stream.streamId(), streamType, version, eventIds[i], event.type(),
                        event.schemaVersion(), event.payload(), recorded, null));
                i++;
            }
        }
        return tx.preparedQuery("""
                        with appended as (
                            insert into events (stream_id, stream_type, version, event_id, type, schema_version, payload, metadata)
                            select id, $1, v, eid, t, sv, convert_from(p, 'UTF8')::json, convert_from(m, 'UTF8')::json
                            from (select unnest($2::text[]) as id, unnest($3::bigint[]) as v,
                                    unnest($4::uuid[]) as eid, unnest($5::text[]) as t, unnest($6::int[]) as sv,
                                    unnest($7::bytea[]) as p, unnest($8::bytea[]) as m) as x
                            returning position, event_id, recorded_at),
                        queued as (
                            insert into outbox (position, traceparent, tracestate)
                            select position, $9::text, $10::text from appended)
                        select position, event_id, recorded_at from appended""")
                .execute(Tuple.tuple(Arrays.asList(streamType, ids, versions, eventIds, types, schemaVersions, payloads, metadata,
                        traceparent(trace), tracestate(trace))))
                .call(() -> FreeTexts.keep(tx, texts))
                .map(rows -> {
                    var stored = new java.util.HashMap<UUID, Row>(total * 2);
                    rows.forEach(row -> stored.put(row.getUUID("event_id"), row));
                    metrics.appended(streamType, total);
                    return pending.stream().map(e -> {
                        Row row = stored.get(e.eventId());
                        return new StoredEvent(row.getLong("position"), e.streamId(), e.streamType(), e.version(), e.eventId(),
                                e.type(), e.schemaVersion(), e.payload(), e.metadata(),
                                row.getOffsetDateTime("recorded_at").toInstant());
                    }).toList();
                });
    }

    public Uni<Long> currentVersion(SqlClient client, String streamId) {
        return client.preparedQuery("select version from streams where stream_id = $1")
                .execute(Tuple.of(streamId))
                .map(rows -> rows.size() == 0 ? 0L : rows.iterator().next().getLong(0));
    }

    private Uni<List<StoredEvent>> insert(SqlConnection tx, String streamId, String streamType, long expectedVersion,
                                          List<NewEvent> events, EventMetadata metadata, String metadataJson,
                                          TraceContext trace) {
        int n = events.size();
        Long[] versions = new Long[n];
        UUID[] ids = new UUID[n];
        String[] types = new String[n];
        Integer[] schemaVersions = new Integer[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            NewEvent event = events.get(i);
            versions[i] = expectedVersion + i + 1;
            ids[i] = TimeOrderedIds.next();
            types[i] = event.type();
            schemaVersions[i] = event.schemaVersion();
            payloads[i] = event.payload();
        }
        return tx.preparedQuery("""
                        with appended as (
                            insert into events (stream_id, stream_type, version, event_id, type, schema_version, payload, metadata)
                            select $1, $2, v, id, t, sv, p::json, $8::text::json
                            from (select unnest($3::bigint[]) as v, unnest($4::uuid[]) as id,
                                    unnest($5::text[]) as t, unnest($6::int[]) as sv, unnest($7::text[]) as p) as x
                            returning position, version, event_id, recorded_at),
                        queued as (
                            insert into outbox (position, traceparent, tracestate)
                            select position, $9::text, $10::text from appended)
                        select position, version, event_id, recorded_at from appended order by position""")
                .execute(Tuple.tuple(Arrays.asList(streamId, streamType, versions, ids, types, schemaVersions, payloads,
                        metadataJson, traceparent(trace), tracestate(trace))))
                .map(rows -> {
                    List<StoredEvent> stored = new ArrayList<>(n);
                    int i = 0;
                    for (Row row : rows) {
                        NewEvent event = events.get(i++);
                        stored.add(new StoredEvent(row.getLong("position"), streamId, streamType, row.getLong("version"),
                                row.getUUID("event_id"), event.type(), event.schemaVersion(), event.payload(), metadata,
                                row.getOffsetDateTime("recorded_at").toInstant()));
                    }
                    metrics.appended(streamType, n);
                    return stored;
                });
    }

    private static String traceparent(TraceContext trace) {
        return trace == null ? null : trace.traceparent();
    }

    private static String tracestate(TraceContext trace) {
        return trace == null ? null : trace.tracestate();
    }

    /** Refuses an event over the limit; text of at most a third of it cannot be, in UTF-8, and is not measured. */
    private void requireWithinLimit(String type, String payload, String metadataJson) {
        if ((long) (payload.length() + metadataJson.length()) * 3 > maxEventSize) {
            requireWithinLimit(type, (long) payload.getBytes(StandardCharsets.UTF_8).length
                    + metadataJson.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    private void requireWithinLimit(String type, long bytes) {
        if (bytes > maxEventSize) {
            throw new EventTooLarge(type, bytes, maxEventSize);
        }
    }

    static StoredEvent toEvent(Row row) {
        return new StoredEvent(
                row.getLong(0), row.getString(1), row.getString(2), row.getLong(3), row.getUUID(4), row.getString(5),
                row.getInteger(6), row.getString(7), metadata(row.getString(8)), row.getOffsetDateTime(9).toInstant());
    }

    static String json(EventMetadata metadata) {
        try {
            return METADATA.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static EventMetadata metadata(String json) {
        try {
            return METADATA.readValue(json, EventMetadata.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable event metadata", e);
        }
    }
}
