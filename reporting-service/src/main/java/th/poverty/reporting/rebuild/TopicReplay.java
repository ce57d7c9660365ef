package th.poverty.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * The offsets are shared among workers, each with its consumer and its database connection, so
 * reading the events and copying them run side by side. Messages that cannot be read are
 * counted and skipped: the live consumers sent them to the dead-letter topics.
 */
final class TopicReplay {

    record Replayed(long records, long unreadable, long copied) {

        Replayed plus(Replayed other) {
            return new Replayed(records + other.records, unreadable + other.unreadable, copied + other.copied);
        }
    }

    /**
     * Records handed over per poll; the fetches stay large. The consumer builds each record's
     * headers when a poll hands it over, and 5,000 records' worth no longer sat in the processor's
     * cache by the time they were read: reading headers took a third of the replay.
     */
    private static final int POLL_RECORDS = 500;

    private final Map<String, Object> kafkaConfig;
    private final DataSource dataSource;
    private final int workers;

    TopicReplay(Map<String, Object> kafkaConfig, DataSource dataSource, int workers) {
        this.kafkaConfig = kafkaConfig;
        this.dataSource = dataSource;
        this.workers = workers;
    }

    /** Offsets {@code [from, to)} of a partition. */
    record Range(TopicPartition partition, long from, long to) {
    }

    Replayed into(String table) throws SQLException {
        return Workers.run(split(ranges(), workers), share -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                return replay(share, connection, table);
            }
        }).stream().reduce(new Replayed(0, 0, 0), Replayed::plus);
    }

    /**
     * The ranges shared out in equal numbers of offsets, splitting partitions where needed: three
     * partitions do not divide among two workers, and the order of events within a partition does
     * not matter to the log (the fold orders each subject's events itself).
     */
    static List<List<Range>> split(List<Range> ranges, int workers) {
        long total = ranges.stream().mapToLong(range -> range.to() - range.from()).sum();
        long each = Math.max(1, (total + workers - 1) / workers);
        List<List<Range>> shares = new ArrayList<>();
        List<Range> share = new ArrayList<>();
        long room = each;
        for (Range range : ranges) {
            long from = range.from();
            while (from < range.to()) {
                long taken = Math.min(room, range.to() - from);
                share.add(new Range(range.partition(), from, from + taken));
                from += taken;
                room -= taken;
                if (room == 0) {
                    shares.add(share);
                    share = new ArrayList<>();
                    room = each;
                }
            }
        }
        if (!share.isEmpty()) {
            shares.add(share);
        }
        return shares;
    }

    /** Every partition of the three topics, from its first offset to its end as of now; empty ones left out. */
    private List<Range> ranges() {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (SourceTopic source : SourceTopic.values()) {
                var known = consumer.listTopics().get(source.topic());
                if (known != null) {
                    known.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            return partitions.stream().filter(p -> ends.get(p) > begins.get(p))
                    .map(p -> new Range(p, begins.get(p), ends.get(p))).toList();
        }
    }

    private Replayed replay(List<Range> share, Connection connection, String table) throws SQLException {
        long records = 0;
        long unreadable = 0;
        try (var consumer = consumer(); var writer = new LogWriter(connection, table)) {
            Map<TopicPartition, Long> ends = new HashMap<>();
            share.forEach(range -> ends.put(range.partition(), range.to()));
            consumer.assign(ends.keySet());
            share.forEach(range -> consumer.seek(range.partition(), range.from()));
            while (!ends.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
                    if (end == null || record.offset() >= end) {
                        continue; // another worker's range
                    }
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
                // a transaction's markers take offsets too: a range is done once the position has passed its end
                ends.entrySet().removeIf(end -> {
                    boolean done = consumer.position(end.getKey()) >= end.getValue();
                    if (done) {
                        consumer.pause(List.of(end.getKey()));
                    }
                    return done;
                });
            }
            return new Replayed(records, unreadable, writer.finish());
        }
    }

    /** A consumer of the service's own broker settings (TLS, SASL as reporting's user), tuned for a replay. */
    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> settings = new HashMap<>(kafkaConfig);
        settings.putAll(Map.of(
                // the broker checked each batch's CRC when it was written; the replay reads millions
                ConsumerConfig.CHECK_CRCS_CONFIG, false,
                // no group: the replay seeks its own ranges and commits nothing, so it needs no group's ACL
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, POLL_RECORDS,
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 1 << 20,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 << 20));
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }
}
