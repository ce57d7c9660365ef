package th.poverty.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

    private final Infrastructure infrastructure = Infrastructure.shared();

    @Test
    void postgresAnswersOnLoopbackAndKeepsDataAcrossARestart() throws Exception {
        var postgres = infrastructure.postgres();
        postgres.createDatabaseIfAbsent("probe");
        try (var connection = postgres.connect("probe"); var statement = connection.createStatement()) {
            statement.execute("create table if not exists note (text varchar primary key)");
            statement.execute("insert into note values ('ครัวเรือน') on conflict do nothing");
        }
        postgres.stop();
        postgres.start();
        try (var connection = postgres.connect("probe"); var statement = connection.createStatement();
             var rows = statement.executeQuery("select text from note")) {
            rows.next();
            assertEquals("ครัวเรือน", rows.getString(1));
        }
    }

    @Test
    void kafkaKeepsRecordsAcrossABrokerRestart() {
        var kafka = infrastructure.kafka();
        String topic = "probe-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "household", "identified")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        kafka.stop();
        kafka.start();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 30_000;
            while (values.isEmpty() && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.key() + "=" + r.value()));
            }
            assertEquals(List.of("household=identified"), values);
        }
    }
}
