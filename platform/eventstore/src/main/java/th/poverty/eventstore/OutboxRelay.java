package th.poverty.eventstore;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes stored events to Kafka in log order, keyed by stream id so each household's events
 * keep their order. One relay per service leads at a time (a PostgreSQL advisory lock held on
 * its connection); the others stand by. It is woken by NOTIFY when an append commits and polls
 * as a fallback. Each batch is sent in a Kafka transaction and removed from the outbox only
 * after the commit, so nothing stored is lost and read-committed consumers see each batch once;
 * the transactional id also fences a relay that lost its lock without knowing it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_KEY = 0x6f7574626f78L; // "outbox"

    private final DataSource dataSource;
    private final EventStoreConfig config;
    private final EventStoreMetrics metrics;
    private final Map<String, Object> kafkaConfig;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Instant lastFailure = Instant.EPOCH;
    private volatile Instant lastSuccess = Instant.now();
    private volatile boolean leading;

    /**
     * @param kafkaConfig every {@code kafka.*} property of the service (bootstrap servers, TLS,
     *                    SASL), so the relay connects as the service's own Kafka user
     */
    public OutboxRelay(DataSource dataSource, EventStoreConfig config, EventStoreMetrics metrics,
                       @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.dataSource = dataSource;
        this.config = config;
        this.metrics = metrics;
        this.kafkaConfig = kafkaConfig;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.outbox().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    public synchronized void stop() {
        running = false;
        Thread current = thread;
        if (current != null) {
            current.interrupt();
            try {
                current.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    /** True unless this relay leads and its last attempt to read or publish the outbox failed. */
    public boolean healthy() {
        return !leading || lastSuccess.isAfter(lastFailure);
    }

    public boolean leading() {
        return leading;
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (tryLead(connection)) {
                    leading = true;
                    LOG.infof("outbox relay leads, publishing to %s", config.outbox().topic());
                    relay(connection);
                } else {
                    pause(config.outbox().pollInterval().multipliedBy(3));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    lastFailure = Instant.now();
                    LOG.warnf("outbox relay: %s; retrying", e.getMessage());
                    pause(config.outbox().backoff());
                }
            } finally {
                leading = false;
            }
        }
    }

    private void relay(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("listen outbox");
        }
        KafkaProducer<String, String> producer = null;
        try {
            while (running) {
                List<StoredEvent> batch = unpublished(connection);
                if (batch.isEmpty()) {
                    // nothing owed and the database answered: working again, or a quiet service that
                    // lost its database once would stay not ready until its next event
                    lastSuccess = Instant.now();
                    metrics.outbox(0, 0);
                    awaitNotification(connection);
                    continue;
                }
                try {
                    if (producer == null) {
                        producer = newProducer();
                        producer.initTransactions();
                    }
                    publish(producer, batch);
                } catch (KafkaException e) {
                    lastFailure = Instant.now();
                    LOG.warnf("outbox relay: Kafka refused a batch of %d (%s); retrying", batch.size(), e.getMessage());
                    close(producer);
                    producer = null;
                    reportLag(connection);
                    pause(config.outbox().backoff());
                    continue;
                }
                markPublished(connection, batch);
                lastSuccess = Instant.now();
                metrics.published(config.outbox().topic(), batch.size());
                if (batch.size() == config.outbox().batchSize()) {
                    reportLag(connection);
                }
            }
        } finally {
            close(producer);
        }
    }

    private void publish(KafkaProducer<String, String> producer, List<StoredEvent> batch) {
        producer.beginTransaction();
        String topic = config.outbox().topic();
        for (StoredEvent event : batch) {
            producer.send(new ProducerRecord<>(topic, null, event.streamId(), event.payload(),
                    CloudEventHeaders.of(event, config.source())));
        }
        producer.commitTransaction();
    }

    private boolean tryLead(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /**
     * The oldest queued events: the limit applies to the outbox first, and each is looked up by
     * its position, so the cost follows the backlog, not the log. The lateral subquery's limit
     * keeps the planner from turning it into a merge join that walks the log from its start, as
     * it did when its statistics of the outbox, emptied as fast as it fills, were stale.
     */
    private List<StoredEvent> unpublished(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("""
                select e.position, e.stream_id, e.stream_type, e.version, e.event_id, e.type, e.schema_version,
                       e.payload::text, e.metadata::text, e.recorded_at
                from (select position from outbox order by position limit ?) o
                cross join lateral (select * from events where events.position = o.position limit 1) e
                order by o.position""")) {
            statement.setInt(1, config.outbox().batchSize());
            try (ResultSet rows = statement.executeQuery()) {
                List<StoredEvent> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(new StoredEvent(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                            rows.getObject(5, UUID.class), rows.getString(6), rows.getInt(7), rows.getString(8),
                            EventStore.metadata(rows.getString(9)),
                            rows.getTimestamp(10).toInstant()));
                }
                return events;
            }
        }
    }

    private void markPublished(Connection connection, List<StoredEvent> batch) throws SQLException {
        Long[] positions = batch.stream().map(StoredEvent::position).toArray(Long[]::new);
        try (var statement = connection.prepareStatement("delete from outbox where position = any(?)")) {
            Array array = connection.createArrayOf("bigint", positions);
            statement.setArray(1, array);
            statement.executeUpdate();
        }
    }

    private void reportLag(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select count(*), coalesce(extract(epoch from now() - (select recorded_at from events
                         where position = (select min(position) from outbox))) * 1000, 0)
                     from outbox""")) {
            rows.next();
            metrics.outbox(rows.getLong(1), rows.getLong(2));
        }
    }

    private void awaitNotification(Connection connection) throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications((int) config.outbox().pollInterval().toMillis());
    }

    private KafkaProducer<String, String> newProducer() {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, config.source() + "-outbox",
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000,
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 60_000));
        settings.keySet().retainAll(ProducerConfig.configNames());
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    private static void close(KafkaProducer<String, String> producer) {
        if (producer != null) {
            try {
                producer.close(Duration.ZERO);
            } catch (RuntimeException e) {
                LOG.debug("closing the producer failed", e);
            }
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
