package th.poverty.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every record of every topic, from offset 0, as an outside client of the broker reads it: key,
 * value and headers as one text per record, for a test to search.
 */
final class EveryTopic {

    private EveryTopic() {
    }

    /** Hands each record's place and text to {@code check} until the topics are quiet for 3 s; returns the records read. */
    static int scan(int kafkaPort, BiConsumer<String, String> check) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort,
                ConsumerConfig.GROUP_ID_CONFIG, "outside-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        int records = 0;
        try (var admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort));
             var consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            var topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(topic -> !topic.startsWith("__")).toList();
            consumer.subscribe(topics);
            long quietSince = System.currentTimeMillis();
            while (System.currentTimeMillis() - quietSince < 3_000) {
                for (var record : consumer.poll(Duration.ofMillis(300))) {
                    quietSince = System.currentTimeMillis();
                    records++;
                    StringBuilder text = new StringBuilder(record.topic()).append(' ');
                    if (record.key() != null) {
                        text.append(new String(record.key(), StandardCharsets.UTF_8)).append(' ');
                    }
                    if (record.value() != null) {
                        text.append(new String(record.value(), StandardCharsets.UTF_8)).append(' ');
                    }
                    record.headers().forEach(h -> text.append(h.key()).append('=')
                            .append(new String(h.value(), StandardCharsets.UTF_8)).append(' '));
                    check.accept(record.topic() + " at " + record.offset(), text.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while scanning the topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("cannot list the topics", e);
        }
        return records;
    }
}
