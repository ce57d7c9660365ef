package th.poverty.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.poverty.testing.Broker;
import th.poverty.testing.PostgresServer;
import th.poverty.testing.ServiceProcess;

/**
 * One import through household-service's whole path, timed from the first byte of the upload
 * until the last event is on Kafka: POST the file, follow the job until DONE, then wait until the
 * outbox is empty (the relay has published everything).
 */
final class ImportRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    private static final int STATEMENTS = 12;
    private static final String TOPIC = "household.events";

    /** The job and the service's memory at one moment of the run. */
    record Sample(Duration at, int rowsRead, long outbox, long residentKiB) {
    }

    /**
     * @param uploaded  when the POST was answered (the file received, checked and staged)
     * @param imported  when the job was DONE (every household, event, outbox entry and personal data row committed)
     * @param published when the outbox was empty (every event on Kafka)
     * @param serviceCpu  CPU time household-service used from the upload until then
     * @param postgresCpu CPU time PostgreSQL used meanwhile
     * @param load        the machine's load average (1 min) at the start and at the end: other work sharing the CPUs
     */
    record Result(Duration uploaded, Duration imported, Duration published, JsonNode job, List<Sample> samples,
                  long events, long kafkaRecords, Duration serviceCpu, Duration postgresCpu, String load,
                  List<StatementTimes.Statement> statements) {
    }

    private ImportRun() {
    }

    static Result run(ServiceProcess service, PostgresServer postgres, Broker kafka, Path file, String token,
                      PrintStream progress) {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Sample> samples = new ArrayList<>();
        try (Connection household = postgres.connect("household")) {
            StatementTimes.reset(household);
            String loadBefore = loadAverage();
            Duration serviceCpu = CpuTime.ofProcess(service.pid());
            Duration postgresCpu = CpuTime.ofPostgres(postgres.port());
            long start = System.nanoTime();
            var upload = http.send(HttpRequest.newBuilder(service.url().resolve("/api/v1/bmn-imports?surveyYear=2568"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(file))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Duration uploaded = since(start);
            if (upload.statusCode() != 202) {
                throw new IllegalStateException("upload answered " + upload.statusCode() + ": " + upload.body());
            }
            URI job = service.url().resolve(upload.headers().firstValue("Location").orElseThrow());
            progress.printf("  uploaded and staged in %.1f s; importing%n", seconds(uploaded));
            JsonNode state;
            Duration lastReport = Duration.ZERO;
            while (true) {
                state = JSON.readTree(http.send(HttpRequest.newBuilder(job).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                Duration at = since(start);
                samples.add(new Sample(at, state.path("rows").path("read").asInt(), outbox(household),
                        service.residentKiB()));
                String status = state.path("status").path("code").asText();
                if (status.equals("DONE") || status.equals("FAILED")) {
                    break;
                }
                if (at.minus(lastReport).compareTo(REPORT_EVERY) >= 0) {
                    lastReport = at;
                    progress.printf("  %5.1f s: %,d rows read (%s %%), outbox %,d, RSS %,d MiB%n", seconds(at),
                            samples.getLast().rowsRead(), state.path("percentDone").asText(), samples.getLast().outbox(),
                            samples.getLast().residentKiB() / 1024);
                }
                Services.sleep(POLL);
            }
            if (!state.path("status").path("code").asText().equals("DONE")) {
                throw new IllegalStateException("the import failed: " + state);
            }
            Duration imported = since(start);
            progress.printf("  job DONE after %.1f s; waiting for the outbox to empty%n", seconds(imported));
            long left;
            while ((left = outbox(household)) > 0) {
                samples.add(new Sample(since(start), state.path("rows").path("read").asInt(), left, service.residentKiB()));
                Services.sleep(POLL);
            }
            Duration published = since(start);
            serviceCpu = CpuTime.ofProcess(service.pid()).minus(serviceCpu);
            postgresCpu = CpuTime.ofPostgres(postgres.port()).minus(postgresCpu);
            String load = loadBefore + " → " + loadAverage();
            var statements = StatementTimes.top(household, STATEMENTS);
            long events = count(household, "select count(*) from events where type = 'HouseholdIdentified'");
            return new Result(uploaded, imported, published, state, samples, events, kafkaRecords(kafka, events),
                    serviceCpu, postgresCpu, load, statements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the topic as a read-committed consumer would, to check every event arrived once. */
    private static long kafkaRecords(Broker kafka, long expected) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long records = 0;
            long idleSince = System.nanoTime();
            while (records < expected && since(idleSince).compareTo(Duration.ofSeconds(10)) < 0) {
                int n = consumer.poll(Duration.ofMillis(500)).count();
                if (n > 0) {
                    records += n;
                    idleSince = System.nanoTime();
                }
            }
            return records;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long outbox(Connection household) throws SQLException {
        return count(household, "select count(*) from outbox");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Duration since(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
