package th.poverty.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import th.poverty.testing.Database;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Ports;
import th.poverty.testing.ServiceProcess;

/**
 * Two instances of household-service share a database and one topic; the leading relay is
 * frozen (SIGSTOP) while households are written through the other. The frozen leader loses its
 * lead once its session has been silent for the leadership timeout, the other instance publishes
 * what is owed, and when the frozen one wakes it is fenced: it leads no more, and every
 * household's events are on the topic, none lost, in their order (as a read-committed consumer
 * that applies each event id once sees them).
 */
@ExtendWith(SharedLocalSystem.class)
class RelayFailoverTest {

    private static final String DATABASE = "household_failover";
    private static final String TOPIC = "failover.household.events";
    private static final String VILLAGE = "24040101";
    private static final Duration LEADERSHIP_TIMEOUT = Duration.ofSeconds(12);

    @Test
    void aFrozenLeaderLosesItsLeadAnotherPublishesAndNothingIsLostOrReordered() throws Exception {
        var running = SharedLocalSystem.running();
        LocalSystem system = running.system();
        Database postgres = system.postgres();
        postgres.createDatabaseIfAbsent(DATABASE);
        Map<String, String> config = new LinkedHashMap<>(system.wiring(Service.HOUSEHOLD));
        config.putAll(postgres.serviceConfig(DATABASE));
        config.put("eventstore.outbox.topic", TOPIC);
        config.put("eventstore.outbox.leadership-timeout", LEADERSHIP_TIMEOUT.toSeconds() + "s");
        // its own consumer group: the shared system's household-service keeps plan.events to itself
        config.put("mp.messaging.incoming.plan-events.group.id", "household-failover");
        // one writer as fast as it can go is the load here, not a client to be slowed down
        config.put("web.rate-limit.enabled", "false");
        Path logs = Files.createTempDirectory("relay-failover-");
        try (var first = launch(system, config, logs.resolve("first.log"));
             var second = launch(system, config, logs.resolve("second.log"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> leading(first) || leading(second));
            ServiceProcess leader = leading(first) ? first : second;
            ServiceProcess standby = leader == first ? second : first;

            Map<String, List<Long>> written = new ConcurrentHashMap<>();
            List<String> afterFreeze = new CopyOnWriteArrayList<>();
            var writing = new AtomicBoolean(true);
            var frozen = new AtomicBoolean(false);
            try (var writer = Executors.newSingleThreadExecutor()) {
                var load = writer.submit(() -> {
                    while (writing.get()) {
                        // begun after the freeze, so the frozen leader cannot have published it
                        boolean begunFrozen = frozen.get();
                        String household = nominateAndVisit(standby, running);
                        written.put(household, List.of(1L, 2L));
                        if (begunFrozen) {
                            afterFreeze.add(household);
                        }
                    }
                    return null;
                });
                await().atMost(Duration.ofSeconds(30)).until(() -> written.size() >= 5);

                leader.freeze();
                frozen.set(true);
                long frozenAt = System.nanoTime();
                var lagSeenByStandby = new AtomicBoolean(false);
                await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    // the standby measures the lag itself: the frozen leader's gauges say nothing
                    Map<?, ?> data = relayCheck(standby);
                    if (Boolean.FALSE.equals(data.get("leading")) && ((Number) data.get("unpublished")).longValue() > 0) {
                        lagSeenByStandby.set(true);
                    }
                    return !afterFreeze.isEmpty() && published(running.kafkaPort()).containsKey(afterFreeze.getFirst());
                });
                Duration takeover = Duration.ofNanos(System.nanoTime() - frozenAt);
                System.out.printf("relay failover: a household written after the freeze published after %d ms%n",
                        takeover.toMillis());
                assertThat(takeover).as("another instance publishes").isLessThan(Duration.ofSeconds(30));
                assertThat(lagSeenByStandby).as("the standby saw the events owed before it took over").isTrue();

                leader.thaw();
                Thread.sleep(3_000);
                writing.set(false);
                load.get();
            }

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(leading(standby)).as("the instance that took over leads").isTrue();
                assertThat(leading(leader)).as("the woken leader is fenced").isFalse();
            });
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Map<String, List<Long>> published = published(running.kafkaPort());
                for (var household : written.entrySet()) {
                    assertThat(published.get(household.getKey())).as("versions of " + household.getKey() + " in topic order")
                            .isEqualTo(household.getValue());
                }
            });
            assertThat(written.size()).as("households written").isGreaterThan(afterFreeze.size()).isGreaterThan(10);
        }
    }

    private static ServiceProcess launch(LocalSystem system, Map<String, String> config, Path log) {
        return ServiceProcess.launch("household-service", Service.HOUSEHOLD.runnerJar(system.options().root()),
                system.options().root(), List.of("-Xmx256m", "-XX:+UseSerialGC"), Ports.free(), config, log)
                .awaitReady(Duration.ofSeconds(90));
    }

    /** Whether the instance's outbox relay leads, as its readiness check says. */
    private static boolean leading(ServiceProcess instance) {
        try {
            return Boolean.TRUE.equals(relayCheck(instance).get("leading"));
        } catch (RuntimeException notAnswering) {
            return false;
        }
    }

    /** The data of the instance's outbox-relay readiness check: whether it leads, and the lag it measured. */
    private static Map<?, ?> relayCheck(ServiceProcess instance) {
        String body = given().baseUri(instance.url().toString()).get("/q/health/ready").asString();
        List<Map<String, Object>> checks = JsonPath.from(body).getList("checks");
        return checks.stream().filter(check -> "outbox-relay".equals(check.get("name")))
                .map(check -> (Map<?, ?>) check.get("data")).findFirst().orElseThrow();
    }

    private static String nominateAndVisit(ServiceProcess instance, SharedLocalSystem.Running running) {
        String id = as(instance, running).contentType(ContentType.JSON).body("""
                        {"forumDate": "%s", "villageCode": "%s", "reason": "เวทีประชาคม",
                         "head": {"nationalId": "%s", "firstName": "สมหมาย", "lastName": "ใจงาม"}}"""
                        .formatted(LocalDate.now(), VILLAGE, NationalIds.random()))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
        as(instance, running).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"visitedOn\": \"%s\", \"visitedBy\": [\"พัฒนากร\"]}".formatted(LocalDate.now()))
                .post("/api/v1/households/{id}/visits", id).then().statusCode(200);
        return id;
    }

    private static RequestSpecification as(ServiceProcess instance, SharedLocalSystem.Running running) {
        String token = running.system().tokenKeys().mint("relay-failover", Set.of("field-team"), "24");
        return given().baseUri(instance.url().toString()).header("Authorization", "Bearer " + token);
    }

    /**
     * Each household's stream versions as the topic holds them up to its end now, committed
     * records only, each event once.
     */
    private static Map<String, List<Long>> published(int kafkaPort) {
        Map<String, Object> settings = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        Map<String, List<Long>> versions = new HashMap<>();
        Set<String> events = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(partition -> new TopicPartition(TOPIC, partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // read committed, the end is the last stable offset: what is committed now
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    String eventId = header(record.headers().lastHeader("ce_id").value());
                    if (events.add(eventId)) {
                        versions.computeIfAbsent(record.key(), k -> new ArrayList<>())
                                .add(Long.parseLong(header(record.headers().lastHeader("ce_streamversion").value())));
                    }
                }
            }
        }
        return versions;
    }

    private static String header(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }
}
