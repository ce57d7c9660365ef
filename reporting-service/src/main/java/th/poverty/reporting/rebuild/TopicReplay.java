package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import th.poverty.eventstore.CloudEventHeaders;
import th.poverty.eventstore.PoisonMessage;
import th.poverty.reporting.projection.SourceTopic;

/**
 * Reads household.events, team.events and plan.events from offset 0 to their ends as they were
 * when it started, with consumers of its own (no group: the live consumers' offsets stay
 * untouched), read committed, in large fetches, and copies every event it can read into a log
 * table as it comes (a topic may hold an event twice: see {@link ProjectionTables#indexLog}).
 * The partitions are shared among workers, each with its consumer and its database connection,
 * so reading the events and copying them run side by side. Messages that cannot be read are
 * counted and skipped: the live consumers sent them to the dead-letter topics.
 */
final class TopicReplay {

    record Replayed(long records, long unreadable, long copied) {

        Replayed plus(Replayed other) {
            return new Replayed(records + other.records, unreadable + other.unreadable, copied + other.copied);
        }
    }

    private static final int POLL_RECORDS = 5_000;

    private final String bootstrapServers;
    private final DataSource dataSource;
    private final int workers;

    TopicReplay(String bootstrapServers, DataSource dataSource, int workers) {
        this.bootstrapServers = bootstrapServers;
        this.dataSource = dataSource;
        this.workers = workers;
    }

    Replayed into(String table) throws SQLException {
        List<List<TopicPartition>> shares = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            shares.add(new ArrayList<>());
        }
        List<TopicPartition> partitions = partitions();
        for (int i = 0; i < partitions.size(); i++) {
            shares.get(i % workers).add(partitions.get(i));
        }
        return Workers.run(shares.stream().filter(share -> !share.isEmpty()).toList(), share -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                return replay(share, connection, table);
            }
        }).stream().reduce(new Replayed(0, 0, 0), Replayed::plus);
    }

    private List<TopicPartition> partitions() {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (SourceTopic source : SourceTopic.values()) {
                var known = consumer.listTopics().get(source.topic());
                if (known != null) {
                    known.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            return partitions;
        }
    }

    private Replayed replay(List<TopicPartition> partitions, Connection connection, String table) throws SQLException {
        long records = 0;
        long unreadable = 0;
        try (var consumer = consumer(); var writer = new LogWriter(connection, table)) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            ends.values().removeIf(end -> end == 0);
            while (!ends.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    try {
                        var source = SourceTopic.of(record.topic()).orElseThrow();
                        var consumed = source.read(CloudEventHeaders.read(record.headers(), record.value()));
                        if (consumed.isPresent()) {
                            writer.add(consumed.get());
                        }
                    } catch (PoisonMessage unread) {
                        unreadable++;
                    }
                }
                // a transaction's markers take offsets too: done once the position has passed the end
                ends.entrySet().removeIf(end -> consumer.position(end.getKey()) >= end.getValue());
            }
            return new Replayed(records, unreadable, writer.finish());
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "reporting-rebuild-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, POLL_RECORDS,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1 << 20,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 << 20);
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }
}
