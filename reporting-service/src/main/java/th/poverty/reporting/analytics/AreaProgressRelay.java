package th.poverty.reporting.analytics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
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

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import th.poverty.eventstore.CloudEventHeaders;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.EventStoreConfig;
import th.poverty.eventstore.Relay;
import th.poverty.eventstore.StoredEvent;
import th.poverty.reporting.progress.Counts;
import th.poverty.reporting.progress.Figures;
import th.poverty.reporting.rollup.ReportArea;
import th.poverty.reporting.rollup.ReportAreas;

/**
 * Publishes AreaProgressUpdated for every area marked in {@code area_progress_outbox}: the
 * kernel's {@link Relay} (one leader per service on its own advisory lock, woken by NOTIFY on
 * {@code area_progress}, each batch in a Kafka transaction and cleared only after the commit) over
 * the marks. A mark set again while its area was being published stays, so the newer numbers go
 * out too.
 * <p>
 * A change after a quiet spell goes out at once; after that the area goes out at most once per
 * {@code reporting.analytics.min-interval}, however long the backlog (a mark is due no earlier
 * than an interval after the area's last message), and batches that do not fill are that far
 * apart. So the country, a province and a village taking a survey import's events go out once per
 * interval instead of once per event: each message holds the area's whole progress, so nothing is
 * lost by coalescing, and the relay stops competing with the projection for every event.
 */
@ApplicationScoped
public class AreaProgressRelay {

    public static final String TYPE = "AreaProgressUpdated";
    private static final long LOCK_KEY = 0x617265612d70726fL; // "area-pro"
    private static final ObjectMapper JSON = EventCodec.defaultMapper();

    private final ReportAreas areas;
    private final String topic;
    private final String source;
    private final boolean enabled;
    private final Duration minInterval;
    private final Clock clock;
    private final Relay relay;

    /** @param kafkaConfig every {@code kafka.*} property of the service, so it connects as the service's own Kafka user */
    public AreaProgressRelay(DataSource dataSource, ReportAreas areas,
                             @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                             @ConfigProperty(name = "reporting.analytics.topic") String topic,
                             @ConfigProperty(name = "quarkus.application.name") String source,
                             @ConfigProperty(name = "reporting.analytics.enabled", defaultValue = "true") boolean enabled,
                             @ConfigProperty(name = "reporting.analytics.batch-size", defaultValue = "200") int batchSize,
                             @ConfigProperty(name = "reporting.analytics.poll-interval", defaultValue = "1s") Duration pollInterval,
                             @ConfigProperty(name = "reporting.analytics.min-interval") Duration minInterval,
                             EventStoreConfig eventStore, Clock clock) {
        this.areas = areas;
        this.topic = topic;
        this.source = source;
        this.enabled = enabled;
        this.minInterval = minInterval;
        this.clock = clock;
        this.relay = new Relay(dataSource, kafkaConfig, new Relay.Settings("area-progress-relay", LOCK_KEY,
                "area_progress", source + "-area-progress", batchSize, pollInterval, pollInterval, minInterval,
                eventStore.outbox().leadershipTimeout()),
                new Marks(), count -> { });
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            relay.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        relay.stop();
    }

    private record Pending(String areaCode, Timestamp changedAt, long published) {
    }

    /** The areas marked in area_progress_outbox, each published with its whole progress. */
    private final class Marks implements Relay.Source<Pending> {

        @Override
        public List<Pending> owed(Connection connection, int limit) throws SQLException {
            try (var statement = connection.prepareStatement("""
                    select area_code, changed_at, published from area_progress_outbox
                    where due_at <= clock_timestamp() order by due_at limit ?""")) {
                statement.setInt(1, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    List<Pending> pending = new ArrayList<>();
                    while (rows.next()) {
                        pending.add(new Pending(rows.getString(1), rows.getTimestamp(2), rows.getLong(3)));
                    }
                    return pending;
                }
            }
        }

        @Override
        public List<ProducerRecord<String, String>> records(Connection connection, List<Pending> batch)
                throws SQLException {
            Map<String, Counts> counts = totals(connection, batch);
            List<ProducerRecord<String, String>> records = new ArrayList<>(batch.size());
            for (Pending area : batch) {
                StoredEvent event = message(area, counts.getOrDefault(area.areaCode(), Counts.NONE));
                records.add(new ProducerRecord<>(topic, null, area.areaCode(), event.payload(),
                        CloudEventHeaders.of(event, source)));
            }
            return records;
        }

        /**
         * Clears the marks that were not set again meanwhile. The rows are locked first in area-code
         * order, the order in which the projection marks them: an update in any other order deadlocked
         * with a projection on the country's and a province's rows, and the loser waited out
         * PostgreSQL's deadlock timeout (a second) before it was retried.
         */
        @Override
        public void published(Connection connection, List<Pending> batch) throws SQLException {
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
    }

    private StoredEvent message(Pending area, Counts counts) {
        Instant now = clock.instant();
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

    /** A mark set again meanwhile stays owed, due an interval from now. */
    private void clearMarks(Connection connection, List<Pending> batch) throws SQLException {
        try (var statement = connection.prepareStatement("""
                update area_progress_outbox o set published = o.published + 1, not_before = n.t,
                    changed_at = case when o.changed_at = p.changed_at then null else o.changed_at end,
                    due_at = case when o.changed_at = p.changed_at then null else n.t end
                from unnest(?::text[], ?::timestamptz[]) as p (area_code, changed_at),
                     (select clock_timestamp() + ? * interval '1 millisecond' as t) n
                where o.area_code = p.area_code""")) {
            statement.setArray(1, connection.createArrayOf("text", batch.stream().map(Pending::areaCode).toArray()));
            statement.setArray(2, connection.createArrayOf("timestamptz", batch.stream().map(Pending::changedAt).toArray()));
            statement.setLong(3, minInterval.toMillis());
            statement.executeUpdate();
        }
    }
}
