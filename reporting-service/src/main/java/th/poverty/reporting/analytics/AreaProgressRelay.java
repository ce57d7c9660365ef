package th.poverty.reporting.analytics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import th.poverty.eventstore.CloudEventHeaders;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.StoredEvent;
import th.poverty.reporting.progress.Counts;
import th.poverty.reporting.progress.Figures;
import th.poverty.reporting.rollup.ReportArea;
import th.poverty.reporting.rollup.ReportAreas;

/**
 * Publishes AreaProgressUpdated for every area marked in {@code area_progress_outbox}, following
 * the kernel's relay: one leader per service (its own advisory lock), woken by NOTIFY, polling as
 * a fallback, each batch in a Kafka transaction and cleared only after the commit. A mark set
 * again while its area was being published stays, so the newer numbers go out too. It runs
 * beside the kernel's relay because the kernel sends all of a service's events to one topic.
 * <p>
 * A change after a quiet spell goes out at once; under a steady stream of events batches are at
 * least {@code reporting.analytics.min-interval} apart, so the changes of the country, a province
 * and its districts, marked by nearly every event, go out once per interval instead of once per
 * event: each message holds the area's whole progress, so nothing is lost by coalescing, and the
 * relay's transactions and row locks stop competing with the projection for every event.
 */
@ApplicationScoped
public class AreaProgressRelay {

    public static final String TYPE = "AreaProgressUpdated";
    private static final Logger LOG = Logger.getLogger(AreaProgressRelay.class);
    private static final long LOCK_KEY = 0x617265612d70726fL; // "area-pro"
    private static final ObjectMapper JSON = EventCodec.defaultMapper();

    private final DataSource dataSource;
    private final ReportAreas areas;
    private final String bootstrapServers;
    private final String topic;
    private final String source;
    private final boolean enabled;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration minInterval;
    private volatile boolean running;
    private volatile Thread thread;

    public AreaProgressRelay(DataSource dataSource, ReportAreas areas,
                             @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                             @ConfigProperty(name = "reporting.analytics.topic") String topic,
                             @ConfigProperty(name = "quarkus.application.name") String source,
                             @ConfigProperty(name = "reporting.analytics.enabled", defaultValue = "true") boolean enabled,
                             @ConfigProperty(name = "reporting.analytics.batch-size", defaultValue = "200") int batchSize,
                             @ConfigProperty(name = "reporting.analytics.poll-interval", defaultValue = "1s") Duration pollInterval,
                             @ConfigProperty(name = "reporting.analytics.min-interval") Duration minInterval) {
        this.dataSource = dataSource;
        this.areas = areas;
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        this.source = source;
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.minInterval = minInterval;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            running = true;
            thread = Thread.ofPlatform().name("area-progress-relay").daemon().start(this::run);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Thread current = thread;
        if (current != null) {
            // not interrupted: the Kafka producer must close cleanly; the loop ends within a poll interval
            try {
                current.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (tryLead(connection)) {
                    relay(connection);
                } else {
                    pause(pollInterval.multipliedBy(3));
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("area progress relay: %s; retrying", e.getMessage());
                    pause(pollInterval);
                }
            }
        }
    }

    private record Pending(String areaCode, Timestamp changedAt, long published) {
    }

    private void relay(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("listen area_progress");
        }
        try (var producer = newProducer()) {
            producer.initTransactions();
            long nextBatch = System.nanoTime();
            while (running) {
                long early = nextBatch - System.nanoTime();
                if (early > 0) {
                    pause(Duration.ofNanos(early));
                    continue;
                }
                List<Pending> batch = pending(connection);
                if (batch.isEmpty()) {
                    connection.unwrap(PGConnection.class).getNotifications((int) pollInterval.toMillis());
                    continue;
                }
                Map<String, Counts> counts = totals(connection, batch);
                try {
                    producer.beginTransaction();
                    for (Pending area : batch) {
                        StoredEvent event = message(area, counts.getOrDefault(area.areaCode(), Counts.NONE));
                        producer.send(new ProducerRecord<>(topic, null, area.areaCode(), event.payload(),
                                CloudEventHeaders.of(event, source)));
                    }
                    producer.commitTransaction();
                } catch (KafkaException e) {
                    throw new IllegalStateException("Kafka refused a batch of " + batch.size(), e);
                }
                markPublished(connection, batch);
                // a full batch means a backlog: go on at once
                nextBatch = batch.size() < batchSize ? System.nanoTime() + minInterval.toNanos() : System.nanoTime();
            }
        }
    }

    private StoredEvent message(Pending area, Counts counts) {
        Instant now = Instant.now();
        ReportArea known = areas.find(area.areaCode()).orElse(null);
        var payload = new AreaProgressUpdated(area.areaCode(), known == null ? null : known.level(),
                known == null ? null : known.nameTh(), known == null ? null : known.parentCode(), now, Figures.of(counts));
        try {
            return new StoredEvent(0, area.areaCode(), "area-progress", area.published() + 1, UUID.randomUUID(), TYPE, 1,
                    JSON.writeValueAsString(payload),
                    new EventMetadata(source, null, "", null, null, now, ReportAreas.COUNTRY.equals(area.areaCode())
                            ? null : area.areaCode()), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Pending> pending(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("""
                select area_code, changed_at, published from area_progress_outbox
                where changed_at is not null order by changed_at limit ?""")) {
            statement.setInt(1, batchSize);
            try (ResultSet rows = statement.executeQuery()) {
                List<Pending> pending = new ArrayList<>();
                while (rows.next()) {
                    pending.add(new Pending(rows.getString(1), rows.getTimestamp(2), rows.getLong(3)));
                }
                return pending;
            }
        }
    }

    private static Map<String, Counts> totals(Connection connection, List<Pending> batch) throws SQLException {
        try (var statement = connection.prepareStatement(
                "select area_code, measure, value from area_totals where area_code = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", batch.stream().map(Pending::areaCode).toArray()));
            Map<String, Map<String, Long>> values = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.computeIfAbsent(rows.getString(1), code -> new HashMap<>()).put(rows.getString(2), rows.getLong(3));
                }
            }
            Map<String, Counts> counts = new HashMap<>();
            values.forEach((code, measures) -> counts.put(code, new Counts(measures)));
            return counts;
        }
    }

    /**
     * Clears the marks that were not set again meanwhile. The rows are locked first in area-code
     * order, the order in which the projection marks them: an update in any other order deadlocked
     * with a projection on the country's and a province's rows, and the loser waited out
     * PostgreSQL's deadlock timeout (a second) before it was retried.
     */
    private static void markPublished(Connection connection, List<Pending> batch) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (var lock = connection.prepareStatement("""
                    select area_code from area_progress_outbox where area_code = any(?) order by area_code for update""")) {
                lock.setArray(1, connection.createArrayOf("text", batch.stream().map(Pending::areaCode).toArray()));
                lock.executeQuery().close();
            }
            clearMarks(connection, batch);
            connection.commit();
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static void clearMarks(Connection connection, List<Pending> batch) throws SQLException {
        try (var statement = connection.prepareStatement("""
                update area_progress_outbox o set published = o.published + 1,
                    changed_at = case when o.changed_at = p.changed_at then null else o.changed_at end
                from unnest(?::text[], ?::timestamptz[]) as p (area_code, changed_at)
                where o.area_code = p.area_code""")) {
            statement.setArray(1, connection.createArrayOf("text", batch.stream().map(Pending::areaCode).toArray()));
            statement.setArray(2, connection.createArrayOf("timestamptz", batch.stream().map(Pending::changedAt).toArray()));
            statement.executeUpdate();
        }
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

    private KafkaProducer<String, String> newProducer() {
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, source + "-area-progress",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
