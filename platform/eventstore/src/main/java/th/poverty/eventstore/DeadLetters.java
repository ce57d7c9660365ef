package th.poverty.eventstore;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Parks a record no consumer can ever handle on its topic's dead-letter topic ({@code <topic>.dlq}),
 * as it came (key, value, headers) with why: {@code dead-letter-reason} and, if any,
 * {@code dead-letter-cause}, and where it came from. The consumer moves on once Kafka has it.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String SUFFIX = ".dlq";
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";

    private final Map<String, Object> kafkaConfig;
    private KafkaProducer<String, String> producer;

    /** @param kafkaConfig every {@code kafka.*} property of the service, so it connects as the service's own user */
    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    public Uni<Void> park(String consumer, ConsumerRecord<String, String> record, Throwable reason) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        put(headers, REASON, reason.getMessage());
        if (reason.getCause() != null && reason.getCause().getMessage() != null) {
            put(headers, CAUSE, reason.getCause().getMessage());
        }
        put(headers, "dead-letter-consumer", consumer);
        put(headers, "dead-letter-topic", record.topic());
        put(headers, "dead-letter-partition", Integer.toString(record.partition()));
        put(headers, "dead-letter-offset", Long.toString(record.offset()));
        var dead = new ProducerRecord<>(record.topic() + SUFFIX, null, record.key(), record.value(), headers);
        // off the event loop: the first record to a topic waits for its metadata (up to max.block.ms)
        return Uni.createFrom().<Void>emitter(sent -> producer().send(dead, (metadata, failure) -> {
                    if (failure == null) {
                        sent.complete(null);
                    } else {
                        sent.fail(failure);
                    }
                }))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> settings = new HashMap<>(kafkaConfig);
            settings.putAll(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
            settings.keySet().retainAll(ProducerConfig.configNames());
            producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private static void put(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }
}
