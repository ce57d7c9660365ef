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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
 * <p>
 * Each message also goes to the history topic ({@code reporting.analytics.history-topic}, not
 * compacted), in the same Kafka transaction, for time series. A village's and a tambon's figures are
 * published under {@link DisclosureControl}, decided over its whole district: what one area withholds
 * depends on its neighbours, so an area whose withheld figures changed because a neighbour's did is
 * published again in the same transaction, and no figure it published exactly stays its latest while
 * a neighbour's change would let it give that neighbour away.
 */
@ApplicationScoped
public class AreaProgressRelay {

    public static final String TYPE = "AreaProgressUpdated";
    private static final long LOCK_KEY = 0x617265612d70726fL; // "area-pro"
    private static final ObjectMapper JSON = EventCodec.defaultMapper();

    private final ReportAreas areas;
    private final String topic;
    private final String historyTopic;
    private final String source;
    private final boolean enabled;
    private final Duration minInterval;
    private final Clock clock;
    private final Relay relay;

    /** @param kafkaConfig every {@code kafka.*} property of the service, so it connects as the service's own Kafka user */
    public AreaProgressRelay(DataSource dataSource, ReportAreas areas,
                             @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
                             @ConfigProperty(name = "reporting.analytics.topic") String topic,
                             @ConfigProperty(name = "reporting.analytics.history-topic") String historyTopic,
                             @ConfigProperty(name = "quarkus.application.name") String source,
                             @ConfigProperty(name = "reporting.analytics.enabled", defaultValue = "true") boolean enabled,
                             @ConfigProperty(name = "reporting.analytics.batch-size", defaultValue = "200") int batchSize,
                             @ConfigProperty(name = "reporting.analytics.poll-interval", defaultValue = "1s") Duration pollInterval,
                             @ConfigProperty(name = "reporting.analytics.min-interval") Duration minInterval,
                             @ConfigProperty(name = "reporting.analytics.busy-share") double busyShare,
                             EventStoreConfig eventStore, Clock clock) {
        this.areas = areas;
        this.topic = topic;
        this.historyTopic = historyTopic;
        this.source = source;
        this.enabled = enabled;
        this.minInterval = minInterval;
        this.clock = clock;
        this.relay = new Relay(dataSource, kafkaConfig, new Relay.Settings("area-progress-relay", LOCK_KEY,
                "area_progress", source + "-area-progress", batchSize, pollInterval, pollInterval, minInterval, busyShare,
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

    /** What an area's last message withheld (JSON Pointers; null before any was recorded), and its publications. */
    private record Published(Set<String> withheld, long publications) {

        static final Published NONE = new Published(null, 0);

        /** Before any was recorded, the message was published exactly. */
        Set<String> withheldOrNone() {
            return withheld == null ? Set.of() : withheld;
        }
    }

    /** The areas marked in area_progress_outbox, each published with its whole progress. */
    private final class Marks implements Relay.Source<Pending> {

        /** Of the batch being published: what each message withheld where that changed, and the neighbours sent with it. */
        private final Map<String, List<String>> withheld = new TreeMap<>();
        private final List<String> neighbours = new ArrayList<>();

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
            withheld.clear();
            neighbours.clear();
            List<String> codes = batch.stream().map(Pending::areaCode).toList();
            Map<String, Counts> counts = totals(connection, codes);
            Map<String, Set<String>> keys = new HashMap<>();
            Set<String> districts = new TreeSet<>();
            codes.forEach(code -> {
                String district = DisclosureControl.districtOf(code);
                if (district != null) {
                    districts.add(district);
                }
            });
            Map<String, Counts> subtrees = new TreeMap<>();
            Map<String, List<DisclosureControl.Area>> byDistrict = new TreeMap<>();
            subtrees(connection, districts).forEach((code, measures) -> {
                String district = code.substring(0, 4);
                byDistrict.computeIfAbsent(district, d -> new ArrayList<>())
                        .add(new DisclosureControl.Area(code, Figures.of(measures)));
                if (DisclosureControl.districtOf(code) != null) {
                    subtrees.put(code, measures);
                }
            });
            byDistrict.forEach((district, areas) -> keys.putAll(DisclosureControl.withheld(district, areas)));
            Set<String> owed = Set.copyOf(codes);
            Set<String> tambonsAndVillages = new TreeSet<>(subtrees.keySet());
            codes.forEach(code -> {
                if (DisclosureControl.districtOf(code) != null) {
                    tambonsAndVillages.add(code);
                }
            });
            Map<String, Published> before = lastPublished(connection, tambonsAndVillages);
            List<ProducerRecord<String, String>> records = new ArrayList<>(batch.size() * 2);
            for (Pending area : batch) {
                Message message = message(area.areaCode(), area.published() + 1,
                        counts.getOrDefault(area.areaCode(), Counts.NONE), keys.getOrDefault(area.areaCode(), Set.of()));
                StoredEvent event = message.event();
                List<String> now = message.withheld();
                if (!Set.copyOf(now).equals(before.getOrDefault(area.areaCode(), Published.NONE).withheldOrNone())) {
                    withheld.put(area.areaCode(), now);
                }
                add(records, area.areaCode(), event);
            }
            subtrees.forEach((code, measures) -> {
                if (owed.contains(code)) {
                    return;
                }
                Published last = before.getOrDefault(code, Published.NONE);
                Message message = message(code, last.publications() + 1, measures, keys.getOrDefault(code, Set.of()));
                StoredEvent event = message.event();
                List<String> now = message.withheld();
                if (!Set.copyOf(now).equals(last.withheldOrNone())) {
                    withheld.put(code, now);
                    neighbours.add(code);
                    add(records, code, event);
                }
            });
            return records;
        }

        /** The latest-state record and its copy in the history. */
        private void add(List<ProducerRecord<String, String>> records, String code, StoredEvent event) {
            records.add(new ProducerRecord<>(topic, null, code, event.payload(), CloudEventHeaders.of(event, source)));
            records.add(new ProducerRecord<>(historyTopic, null, code, event.payload(), CloudEventHeaders.of(event, source)));
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
                List<String> locked = new ArrayList<>(batch.stream().map(Pending::areaCode).toList());
                locked.addAll(neighbours);
                try (var lock = connection.prepareStatement("""
                        select area_code from area_progress_outbox where area_code = any(?) order by area_code for update""")) {
                    lock.setArray(1, connection.createArrayOf("text", locked.toArray()));
                    lock.executeQuery().close();
                }
                clearMarks(connection, batch);
                if (!withheld.isEmpty()) {
                    recordWithheld(connection, withheld, neighbours);
                }
                connection.commit();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    /** A message and the JSON Pointers of the figures it withholds. */
    private record Message(StoredEvent event, List<String> withheld) {
    }

    /** The area's message: its figures, those {@link DisclosureControl} withholds written as null and listed. */
    private Message message(String areaCode, long version, Counts counts, Set<String> withheld) {
        Instant now = clock.instant();
        ReportArea known = areas.find(areaCode).orElse(null);
        var payload = new AreaProgressUpdated(areaCode, known == null ? null : known.level(),
                known == null ? null : known.nameTh(), known == null ? null : known.parentCode(), now, Figures.of(counts),
                List.of());
        try {
            String json;
            List<String> pointers = new ArrayList<>();
            if (withheld.isEmpty()) {
                json = JSON.writeValueAsString(payload);
            } else {
                ObjectNode tree = JSON.valueToTree(payload);
                DisclosureControl.withhold(tree, withheld);
                tree.path("withheld").forEach(pointer -> pointers.add(pointer.asText()));
                json = JSON.writeValueAsString(tree);
            }
            return new Message(new StoredEvent(0, areaCode, "area-progress", version, UUID.randomUUID(), TYPE,
                    AreaProgressUpdated.SCHEMA_VERSION, json,
                    new EventMetadata(source, null, "", null, null, now, ReportAreas.COUNTRY.equals(areaCode)
                            ? null : areaCode), now), pointers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Counts> totals(Connection connection, List<String> codes) throws SQLException {
        try (var statement = connection.prepareStatement(
                "select area_code, measure, value from area_totals where area_code = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", codes.toArray()));
            return counts(statement);
        }
    }

    /** The measures of the districts and of every tambon and village in them, by area code. */
    private static Map<String, Counts> subtrees(Connection connection, Set<String> districts) throws SQLException {
        if (districts.isEmpty()) {
            return Map.of();
        }
        // a district's codes and those of its tambons and villages run from its code up to the next
        // district's (digits only, a prefix sorting first): a range of area_totals' primary key each
        try (var statement = connection.prepareStatement("""
                select t.area_code, t.measure, t.value
                from (select unnest(?::text[]) as first, unnest(?::text[]) as next) as d
                join area_totals t on t.area_code >= d.first and t.area_code < d.next""")) {
            statement.setArray(1, connection.createArrayOf("text", districts.toArray()));
            statement.setArray(2, connection.createArrayOf("text", districts.stream()
                    .map(d -> "%04d".formatted(Integer.parseInt(d) + 1)).toArray()));
            return counts(statement);
        }
    }

    private static Map<String, Counts> counts(java.sql.PreparedStatement statement) throws SQLException {
        Map<String, Map<String, Long>> values = new LinkedHashMap<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.computeIfAbsent(rows.getString(1), code -> new HashMap<>()).put(rows.getString(2), rows.getLong(3));
            }
        }
        Map<String, Counts> counts = new TreeMap<>();
        values.forEach((code, measures) -> counts.put(code, new Counts(measures)));
        return counts;
    }

    private static Map<String, Published> lastPublished(Connection connection, Set<String> codes) throws SQLException {
        Map<String, Published> published = new HashMap<>();
        if (codes.isEmpty()) {
            return published;
        }
        try (var statement = connection.prepareStatement(
                "select area_code, withheld, published from area_progress_outbox where area_code = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", codes.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String json = rows.getString(2);
                    Set<String> withheld = null;
                    if (json != null) {
                        withheld = new TreeSet<>();
                        for (var pointer : JSON.readTree(json)) {
                            withheld.add(pointer.asText());
                        }
                    }
                    published.put(rows.getString(1), new Published(withheld, rows.getLong(3)));
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return published;
    }

    /**
     * Keeps what each message of the batch withheld, to tell when a neighbour's change alters it, and
     * counts the neighbours' publications.
     */
    private static void recordWithheld(Connection connection, Map<String, List<String>> withheld, List<String> neighbours)
            throws SQLException {
        try (var statement = connection.prepareStatement("""
                insert into area_progress_outbox (area_code, published, withheld)
                select p.area_code, case when p.neighbour then 1 else 0 end, p.withheld::jsonb
                from (select unnest(?::text[]) as area_code, unnest(?::text[]) as withheld,
                        unnest(?::boolean[]) as neighbour) as p
                on conflict (area_code) do update set withheld = excluded.withheld,
                    published = area_progress_outbox.published + excluded.published""")) {
            List<String> codes = new ArrayList<>(withheld.keySet());
            statement.setArray(1, connection.createArrayOf("text", codes.toArray()));
            List<String> json = new ArrayList<>();
            for (String code : codes) {
                try {
                    json.add(JSON.writeValueAsString(withheld.get(code)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            statement.setArray(2, connection.createArrayOf("text", json.toArray()));
            statement.setArray(3, connection.createArrayOf("boolean", codes.stream().map(neighbours::contains).toArray()));
            statement.executeUpdate();
        }
    }

    /** A mark set again meanwhile stays owed, due an interval from now. */
    private void clearMarks(Connection connection, List<Pending> batch) throws SQLException {
        try (var statement = connection.prepareStatement("""
                update area_progress_outbox o set published = o.published + 1, not_before = n.t,
                    changed_at = case when o.changed_at = p.changed_at then null else o.changed_at end,
                    due_at = case when o.changed_at = p.changed_at then null else n.t end
                from (select unnest(?::text[]) as area_code, unnest(?::timestamptz[]) as changed_at) as p,
                     (select clock_timestamp() + ? * interval '1 millisecond' as t) n
                where o.area_code = p.area_code""")) {
            statement.setArray(1, connection.createArrayOf("text", batch.stream().map(Pending::areaCode).toArray()));
            statement.setArray(2, connection.createArrayOf("timestamptz", batch.stream().map(Pending::changedAt).toArray()));
            statement.setLong(3, minInterval.toMillis());
            statement.executeUpdate();
        }
    }
}
