package th.poverty.examples.analytics;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads {@code analytics.area-progress}, a compacted topic keyed by area code, from its beginning
 * to its end, keeping each area's newest record: the current picture. The settings are the
 * analyst's own (docs/partners.md, "Provincial analysts over Kafka"): TLS, their SCRAM user, and a
 * consumer group named after that user.
 */
public final class AreaProgressReader {

    public static final String TOPIC = "analytics.area-progress";

    private final ObjectMapper json = new ObjectMapper();
    private final Properties settings = new Properties();

    public AreaProgressReader(Map<?, ?> settings) {
        this.settings.putAll(settings);
        this.settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    }

    /**
     * The newest progress of every area of {@code province} (its code; an area's code starts with
     * its province's), by area code.
     *
     * @throws TimeoutException when the end of the topic is not reached within {@code patience}
     */
    public Map<String, AreaProgress> latest(String province, Duration patience) throws TimeoutException {
        Map<String, AreaProgress> latest = new TreeMap<>();
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            // assigned rather than subscribed: every run reads the whole picture again, and the
            // group (the analyst's own) is where Kafka checks who may read as it
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + patience.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("the end of " + TOPIC + " not reached within " + patience);
                }
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key() != null && record.key().startsWith(province) && record.value() != null) {
                        latest.put(record.key(), AreaProgress.of(parse(record.value())));
                    }
                }
            }
            consumer.commitSync();
        }
        return latest;
    }

    private JsonNode parse(String value) {
        try {
            return json.readTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a record of " + TOPIC + " is not JSON", e);
        }
    }
}
