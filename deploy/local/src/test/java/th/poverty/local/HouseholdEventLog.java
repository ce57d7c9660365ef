package th.poverty.local;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import th.poverty.testing.PostgresServer;

/**
 * household-service's events twice over, for the households of one village: as stored in its
 * event store (event ids in stream-version order) and as published on household.events (in topic
 * order: a household's events share a partition). What differs is named: events lost, events
 * published more than once, households whose events came out of order.
 */
final class HouseholdEventLog {

    static final String TOPIC = "household.events";
    private static final String EVENT_ID = "ce_id";

    private final LocalSystem system;
    private final String bootstrapServers;

    HouseholdEventLog(LocalSystem system, String bootstrapServers) {
        this.system = system;
        this.bootstrapServers = bootstrapServers;
    }

    /** How the topic differs from the event store for the village's households; empty when it does not. */
    record Differences(List<String> lost, List<String> publishedTwice, List<String> outOfOrder) {

        /**
         * What the outbox guarantees when the relay dies, or loses its database, between Kafka's commit
         * of a batch and the delete of that batch from the outbox: the batch is still queued and is
         * published again. Consumers skip the repeat (their inbox), so effects stay exactly once;
         * the topic does not. The kill and the database tests of FaultsTest can hit that moment.
         */
        boolean nothingLostOrReordered() {
            return lost.isEmpty() && outOfOrder.isEmpty();
        }

        boolean none() {
            return nothingLostOrReordered() && publishedTwice.isEmpty();
        }
    }

    Differences differences(String village) {
        Map<String, List<String>> stored = stored(village);
        Map<String, List<String>> published = published(stored.keySet());
        List<String> lost = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        List<String> outOfOrder = new ArrayList<>();
        stored.forEach((household, events) -> {
            List<String> out = published.getOrDefault(household, List.of());
            events.stream().filter(event -> !out.contains(event)).forEach(event -> lost.add(household + " " + event));
            out.stream().filter(event -> out.indexOf(event) != out.lastIndexOf(event)).distinct()
                    .forEach(event -> twice.add(household + " " + event));
            List<String> firstSeen = out.stream().distinct().filter(events::contains).toList();
            if (!firstSeen.equals(events.stream().filter(firstSeen::contains).toList())) {
                outOfOrder.add(household + " stored " + events + " published " + out);
            }
        });
        return new Differences(lost, twice, outOfOrder);
    }

    /** The events household-service stored for households nominated in the village, by household, in version order. */
    private Map<String, List<String>> stored(String village) {
        Map<String, List<String>> events = new TreeMap<>();
        try (var connection = DriverManager.getConnection(system.jdbcUrl(Service.HOUSEHOLD), PostgresServer.USER, "");
             var statement = connection.prepareStatement("""
                     select stream_id, event_id from events
                     where stream_id in (select stream_id from events where version = 1 and metadata->>'areaCode' = ?)
                     order by stream_id, version""")) {
            statement.setString(1, village);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read household-service's events", e);
        }
        return events;
    }

    /** The households' events on the topic as a read-committed consumer sees them, up to its end as it is now. */
    private Map<String, List<String>> published(Set<String> households) {
        Map<String, List<String>> events = new TreeMap<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new LinkedHashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + TOPIC + " to its end " + end + " within 60 s");
                }
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    var id = record.headers().lastHeader(EVENT_ID);
                    if (id != null && households.contains(record.key())) {
                        events.computeIfAbsent(record.key(), key -> new ArrayList<>())
                                .add(new String(id.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return events;
    }
}
