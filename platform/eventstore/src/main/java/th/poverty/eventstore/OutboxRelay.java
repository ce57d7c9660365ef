package th.poverty.eventstore;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes the service's stored events to its topic in log order, keyed by stream id so each
 * household's events keep their order: the kernel's {@link Relay} over the {@code outbox} table,
 * which appends fill in their transaction and NOTIFY on {@code outbox}. The events of one trace
 * context in a batch are published under one PRODUCER span of that trace ({@link Tracing#publishing}),
 * whose context their records carry.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final long LOCK_KEY = 0x6f7574626f78L; // "outbox"
    /** The key of a batch's events appended outside any trace. */
    private static final TraceContext UNTRACED = new TraceContext("", null);

    private final EventStoreConfig config;
    private final EventStoreMetrics metrics;
    private final Tracing tracing;
    private final Relay relay;

    /**
     * @param kafkaConfig every {@code kafka.*} property of the service (bootstrap servers, TLS,
     *                    SASL), so the relay connects as the service's own Kafka user
     */
    public OutboxRelay(DataSource dataSource, EventStoreConfig config, EventStoreMetrics metrics, Tracing tracing,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.config = config;
        this.metrics = metrics;
        this.tracing = tracing;
        var outbox = config.outbox();
        // the broker takes every event the store took
        Map<String, Object> producer = new HashMap<>(kafkaConfig);
        producer.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                (int) EventStoreConfig.recordLimit(config.maxEventSize().asLongValue()));
        this.relay = new Relay(dataSource, producer, new Relay.Settings("outbox-relay", LOCK_KEY, "outbox",
                config.source() + "-outbox", outbox.batchSize(), outbox.pollInterval(), outbox.backoff(),
                Duration.ZERO, 1, outbox.leadershipTimeout()), new Outbox(), count -> metrics.published(outbox.topic(), count));
    }

    void onStart(@Observes StartupEvent event) {
        if (config.outbox().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public void start() {
        relay.start();
    }

    public void stop() {
        relay.stop();
    }

    /** True unless this relay leads and its last attempt to read or publish the outbox failed. */
    public boolean healthy() {
        return relay.healthy();
    }

    public boolean leading() {
        return relay.leading();
    }

    /** An event the outbox queues, with the trace context it was appended under (null: none). */
    private record Queued(StoredEvent event, TraceContext trace) {
    }

    /** The events the outbox queues, as CloudEvents records on the service's topic. */
    private final class Outbox implements Relay.Source<Queued> {

        /** The spans of the batch being published, ended once Kafka has it, or when it is sent again. */
        private final List<Span> publishing = new ArrayList<>();

        /**
         * The oldest queued events: the limit applies to the outbox first, and each is looked up by
         * its position, so the cost follows the backlog, not the log. The lateral subquery's limit
         * keeps the planner from turning it into a merge join that walks the log from its start, as
         * it did when its statistics of the outbox, emptied as fast as it fills, were stale. A
         * parked stream's events are held first, and skipped if one was queued meanwhile.
         */
        @Override
        public List<Queued> owed(Connection connection, int limit) throws SQLException {
            holdParkedStreams(connection);
            try (var statement = connection.prepareStatement("""
                    select e.position, e.stream_id, e.stream_type, e.version, e.event_id, e.type, e.schema_version,
                           e.payload::text, e.metadata::text, e.recorded_at, o.traceparent, o.tracestate
                    from (select position, traceparent, tracestate from outbox order by position limit ?) o
                    cross join lateral (select * from events where events.position = o.position limit 1) e
                    where not exists (select 1 from outbox_parked p where p.stream_id = e.stream_id)
                    order by o.position""")) {
                statement.setInt(1, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Queued> events = new ArrayList<>();
                    while (rows.next()) {
                        var event = new StoredEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                                rows.getObject(5, UUID.class), rows.getString(6), rows.getInt(7), rows.getString(8),
                                EventStore.metadata(rows.getString(9)),
                                rows.getTimestamp(10).toInstant());
                        String traceparent = rows.getString(11);
                        events.add(new Queued(event, traceparent == null ? null : new TraceContext(traceparent, rows.getString(12))));
                    }
                    return events;
                }
            }
        }

        /**
         * Moves the queued events of a parked stream out of the outbox into outbox_held, where they
         * wait, in their order, for the stream's retry: the stream's later events never overtake
         * the parked one, and they never fill the head of the outbox the other streams go through.
         */
        private void holdParkedStreams(Connection connection) throws SQLException {
            try (var statement = connection.createStatement()) {
                statement.execute("""
                        with held as (
                            delete from outbox o using events e, outbox_parked p
                            where exists (select 1 from outbox_parked)
                              and e.position = o.position and e.stream_id = p.stream_id
                            returning o.position, o.traceparent, o.tracestate)
                        insert into outbox_held (position, traceparent, tracestate)
                        select position, traceparent, tracestate from held""");
            }
        }

        @Override
        public boolean park(Connection connection, Queued queued, String reason) throws SQLException {
            StoredEvent event = queued.event();
            try (var statement = connection.prepareStatement("""
                    insert into outbox_parked (stream_id, position, reason) values (?, ?, ?)
                    on conflict (stream_id) do nothing""")) {
                statement.setString(1, event.streamId());
                statement.setLong(2, event.position());
                statement.setString(3, reason);
                statement.executeUpdate();
            }
            holdParkedStreams(connection);
            metrics.parked(event.streamType(), parkedStreams(connection));
            return true;
        }

        private static long parkedStreams(Connection connection) throws SQLException {
            try (var statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from outbox_parked")) {
                rows.next();
                return rows.getLong(1);
            }
        }

        /**
         * The batch's records, each carrying the context of the span that publishes it: one span
         * per trace context among the batch's events (a command's events share one), and one for
         * those appended outside any trace, which starts theirs here.
         */
        @Override
        public List<ProducerRecord<String, String>> records(Connection connection, List<Queued> batch) {
            String topic = config.outbox().topic();
            endPublishing(StatusCode.ERROR); // sent before and not published: this is the batch again
            Map<TraceContext, Integer> counts = new HashMap<>();
            batch.forEach(queued -> counts.merge(key(queued), 1, Integer::sum));
            Map<TraceContext, TraceContext> published = new HashMap<>();
            counts.forEach((stored, count) -> {
                Span span = tracing.publishing(topic, stored == UNTRACED ? null : stored, count);
                publishing.add(span);
                published.put(stored, TraceContext.of(span.getSpanContext()));
            });
            return batch.stream().map(queued -> new ProducerRecord<>(topic, null, queued.event().streamId(),
                    queued.event().payload(), CloudEventHeaders.of(queued.event(), config.source(),
                            published.get(key(queued))))).toList();
        }

        private static TraceContext key(Queued queued) {
            return queued.trace() == null ? UNTRACED : queued.trace();
        }

        private void endPublishing(StatusCode status) {
            publishing.forEach(span -> span.setStatus(status).end());
            publishing.clear();
        }

        @Override
        public void published(Connection connection, List<Queued> batch) throws SQLException {
            endPublishing(StatusCode.UNSET);
            Long[] positions = batch.stream().map(queued -> queued.event().position()).toArray(Long[]::new);
            try (var statement = connection.prepareStatement("delete from outbox where position = any(?)")) {
                Array array = connection.createArrayOf("bigint", positions);
                statement.setArray(1, array);
                statement.executeUpdate();
            }
        }

        @Override
        public void measureBacklog(Connection connection) throws SQLException {
            try (var statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         select count(*), coalesce(extract(epoch from now() - (select recorded_at from events
                             where position = (select min(position) from outbox))) * 1000, 0)
                         from outbox""")) {
                rows.next();
                metrics.outbox(rows.getLong(1), rows.getLong(2));
            }
            metrics.parkedStreams(parkedStreams(connection));
        }

        @Override
        public void caughtUp() {
            metrics.outbox(0, 0);
        }
    }
}
