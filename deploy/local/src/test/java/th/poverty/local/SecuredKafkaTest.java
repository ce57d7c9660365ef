package th.poverty.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.specification.RequestSpecification;
import th.poverty.examples.analytics.AreaProgressReader;
import th.poverty.testing.Database;
import th.poverty.testing.KafkaBroker;
import th.poverty.testing.Ports;
import th.poverty.testing.ServiceProcess;

/**
 * The four services against a broker secured as production's is: SASL_SSL only, SCRAM users and
 * ACLs made from deploy/kubernetes' own KafkaUser and KafkaTopic resources. Each service's
 * consumers, outbox relay, dead letters, reporting's analytics relay and its rebuild connect as
 * that service's user, from its {@code kafka.*} settings alone; a stranger, a wrong password and
 * another service's user are refused.
 */
@ExtendWith(SharedLocalSystem.class)
class SecuredKafkaTest {

    private static final String VILLAGE = "24010101";
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    private static KafkaBroker broker;
    private static Map<String, String> passwords;
    private static final Map<Service, ServiceProcess> SERVICES = new EnumMap<>(Service.class);

    @BeforeAll
    static void startTheServicesAgainstASecuredBroker() throws Exception {
        LocalSystem system = SharedLocalSystem.running().system();
        Path work = Files.createTempDirectory("secured-kafka-");
        broker = KafkaBroker.startSecured(work.resolve("kafka"), Ports.free(), Ports.free(), "384m");
        passwords = KafkaAccess.apply(broker, system.options().root().resolve("deploy/kubernetes/base"));
        Database postgres = system.postgres();
        Map<Service, Map<String, String>> configs = new EnumMap<>(Service.class);
        for (Service service : system.services()) {
            String database = service.database() + "_secured";
            postgres.createDatabaseIfAbsent(database);
            Map<String, String> config = new LinkedHashMap<>(system.wiring(service));
            config.putAll(postgres.serviceConfig(database));
            config.putAll(kafka(service.module(), passwords.get(service.module())));
            configs.put(service, config);
            SERVICES.put(service, launch(system, service, config, work));
        }
        for (Service service : system.services()) {
            try {
                SERVICES.get(service).awaitReady(Duration.ofSeconds(120));
            } catch (IllegalStateException exited) {
                // a free port may be taken by another process before the service binds it: once more on another
                SERVICES.put(service, launch(system, service, configs.get(service), work).awaitReady(Duration.ofSeconds(120)));
            }
        }
    }

    private static ServiceProcess launch(LocalSystem system, Service service, Map<String, String> config, Path work) {
        return ServiceProcess.launch(service.module(), service.runnerJar(system.options().root()), system.options().root(),
                List.of("-Xmx256m", "-XX:+UseSerialGC"), Ports.free(), config, work.resolve(service.module() + "-" + System.nanoTime() + ".log"));
    }

    @AfterAll
    static void stop() {
        SERVICES.values().forEach(ServiceProcess::close);
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void eachServiceProducesConsumesAndRebuildsAsItsOwnKafkaUser() throws Exception {
        var fieldWork = new FieldWork(SecuredKafkaTest::as, "secured-kafka", "24");

        // household-service's relay publishes; plan- and team-service consume household.events
        String household = fieldWork.identifyVisitAssessAndClassify(VILLAGE, LocalDate.now());
        fieldWork.giveACarer(household, VILLAGE, EVENTUALLY);
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(Service.PLAN, "secured-kafka", "field-team", "24").get("/api/v1/households/{id}/plan-eligibility", household)
                        .then().statusCode(200).body("eligible", equalTo(true)));
        // plan-service's relay publishes; household-service consumes plan.events
        fieldWork.draftPlan(household, LocalDate.now());
        await().atMost(EVENTUALLY).until(() -> rows(Service.HOUSEHOLD, "select count(*) from inbox") > 0);

        // reporting-service consumes all three topics and its analytics relay publishes
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> rows(Service.REPORTING,
                "select count(distinct source) from event_log where subject_id = '" + household + "'") == 3);
        as(Service.REPORTING, "secured-kafka", "province-officer", "24").get("/api/v1/areas/{code}/progress", VILLAGE)
                .then().statusCode(200).body("identified.total", equalTo(1));
        await().atMost(EVENTUALLY).until(() -> records(broker.security().admin(), "analytics-reader", "analytics.area-progress") > 0);

        // and replays them into a rebuild
        as(Service.REPORTING, "secured-kafka", "ministry", "").post("/api/v1/admin/projections/rebuild")
                .then().statusCode(200);
        as(Service.REPORTING, "secured-kafka", "province-officer", "24").get("/api/v1/areas/{code}/progress", VILLAGE)
                .then().statusCode(200).body("identified.total", equalTo(1));
        as(Service.TEAM, "secured-kafka", "province-officer", "24").queryParam("area", VILLAGE).queryParam("limit", 500)
                .get("/api/v1/care/awaiting-carer").then().statusCode(200);
        assertThat(SERVICES.values()).allSatisfy(service -> assertThat(service.isReady()).isTrue());
        as(Service.HOUSEHOLD, "secured-kafka", "district-officer", "24").get("/api/v1/households/{id}/history", household)
                .then().statusCode(200).body("type", hasItem("HouseholdClassified"));
    }

    @Test
    void aStrangerAWrongPasswordAndAnotherServicesUserAreRefused() {
        try (Admin admin = Admin.create(broker.security().withoutCredentials())) {
            assertThatThrownBy(() -> admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000)).nodes()
                    .get(10, TimeUnit.SECONDS)).as("TLS without credentials").isNotNull();
        }

        assertThatThrownBy(() -> produce("plan-service", "not-" + passwordOf("plan-service"), "plan.events"))
                .satisfies(refused -> assertThat(root(refused)).isInstanceOf(SaslAuthenticationException.class));
        assertThatThrownBy(() -> produce("plan-service", passwordOf("plan-service"), "household.events"))
                .as("plan-service writing household-service's topic")
                .satisfies(refused -> assertThat(root(refused)).isInstanceOf(TopicAuthorizationException.class));
        assertThatThrownBy(() -> records(client("plan-service", passwordOf("plan-service")), "plan-service", "team.events"))
                .as("plan-service reading team-service's topic").isInstanceOf(TopicAuthorizationException.class);
    }

    /**
     * The analysts' example program (examples/analytics-consumer) reads its province's progress
     * with the province's own user, village cells under five households withheld; a service's user
     * and another province's analysts in this province's consumer group are refused.
     */
    @Test
    void aProvincesAnalystsReadTheirProgressWithTheExampleAndOthersAreRefused() {
        String village = "24010102";
        var fieldWork = new FieldWork(SecuredKafkaTest::as, "secured-kafka", "24");
        fieldWork.identifyVisitAssessAndClassify(village, LocalDate.now());

        var analysts = new AreaProgressReader(analyst("analysts-24", "analysts-24-dashboard"));
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var progress = analysts.latest("24", EVENTUALLY);
            assertThat(progress.get("24")).as("the province's progress").isNotNull()
                    .satisfies(province -> assertThat(province.identified()).isPositive());
            assertThat(progress.get(village)).as("the village's, one household: withheld").isNotNull()
                    .satisfies(cell -> assertThat(cell.identified()).isNull())
                    .satisfies(cell -> assertThat(cell.withheld()).isPositive());
            assertThat(progress.keySet()).allMatch(area -> area.startsWith("24"));
        });

        assertThatThrownBy(() -> new AreaProgressReader(analyst("plan-service", "plan-service")).latest("24", EVENTUALLY))
                .as("a service's user reading analytics").isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> new AreaProgressReader(analyst("analysts-10", "analysts-24-dashboard")).latest("24", EVENTUALLY))
                .as("Bangkok's analysts in Chachoengsao's group").isInstanceOf(GroupAuthorizationException.class);
    }

    /** The settings docs/partners.md gives an analyst: TLS, SCRAM as {@code user}, the consumer group. */
    private static Map<String, Object> analyst(String user, String group) {
        Map<String, Object> settings = client(user, passwordOf(user));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        return settings;
    }

    private static Throwable root(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The {@code kafka.*} settings a service gets in Kubernetes, here for this broker. */
    private static Map<String, String> kafka(String user, String password) {
        Map<String, String> settings = new LinkedHashMap<>();
        broker.security().client(user, password).forEach((key, value) -> settings.put("kafka." + key, value.toString()));
        return settings;
    }

    private static String passwordOf(String user) {
        return passwords.get(user);
    }

    private static void produce(String user, String password, String topic) throws Exception {
        Map<String, Object> settings = client(user, password);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "{}")).get(20, TimeUnit.SECONDS);
        }
    }

    /** How many records of {@code topic} a client reads from offset 0 as consumer group {@code group}. */
    private static int records(Map<String, Object> client, String group, String topic) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            int count = 0;
            for (int i = 0; i < 10; i++) {
                count += consumer.poll(Duration.ofMillis(500)).count();
            }
            return count;
        }
    }

    private static Map<String, Object> client(String user, String password) {
        return new HashMap<>(broker.security().client(user, password));
    }

    private static long rows(Service service, String query) throws SQLException {
        try (var connection = SharedLocalSystem.running().system().postgres().connect(service.database() + "_secured");
             var statement = connection.createStatement();
             var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static RequestSpecification as(Service service, String subject, String role, String area) {
        String token = SharedLocalSystem.running().system().tokenKeys().mint(subject, Set.of(role), area);
        return given().baseUri(SERVICES.get(service).url().toString()).header("Authorization", "Bearer " + token);
    }
}
