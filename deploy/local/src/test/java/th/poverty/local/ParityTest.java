package th.poverty.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import th.poverty.examples.analytics.AreaProgressReader;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Ports;

/**
 * The production settings proven on this machine ({@link ParitySystem}): the services and the
 * console in the production profile with their Deployments' environment, Kafka secured as Strimzi
 * secures it, each database's owner and runtime roles, and people and partner agencies signed in
 * at the identity provider with the realm deploy/kubernetes imports. The five steps are walked
 * under its tokens, each within its area and audience; a partner agency reads its worklist with
 * client credentials; the console signs a person in with the authorization-code flow; each service
 * produces, consumes and rebuilds as its own Kafka user; strangers, wrong passwords and other
 * services' users are refused; a province's analysts read their progress with the example program.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(SharedLocalSystem.A_SYSTEM_OF_ITS_OWN)
class ParityTest {

    private static final String PROVINCE = "24";
    /** หมู่ 1 ต.บ้านโพธิ์ อ.บ้านโพธิ์, where the tokens' areas are tried. */
    private static final String VILLAGE = "24050101";
    private static final String OTHER_PROVINCE = "30010101";
    private static final String PARTNER = "agency-cdd-24";
    private static final String PARTNER_SECRET = "demo-only-agency-cdd-24-secret";
    private static final String PARTNER_AGENCY = "CDD.24";
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    /** The demo person of the realm who holds each role. */
    private static final Map<String, String> PEOPLE = Map.of("field-team", "demo-carer", "district-officer", "demo-district",
            "province-officer", "demo-province", "ministry", "demo-ministry", "analyst", "demo-analyst");

    /** Databases, broker, identity provider and every process's log: kept when a test fails, to read why. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path data;
    private static ParitySystem system;
    private static final Map<String, SignedIn> SIGNED_IN = new ConcurrentHashMap<>();

    private record SignedIn(String token, Instant at) {
    }

    @BeforeAll
    static void startWithProductionSettings() {
        Path root = RepositoryRoot.locate(null, Path.of(""));
        var ports = Arrays.stream(Service.values()).collect(Collectors.toMap(Function.identity(), service -> Ports.free()));
        var options = new Options(root, data, false, Ports.free(), Ports.free(), Ports.free(), ports, Ports.free());
        Instant began = Instant.now();
        system = ParitySystem.start(options, Ports.free(), traced());
        System.out.printf("Parity system ready in %d s (the identity provider after %d s)%n",
                Duration.between(began, Instant.now()).toSeconds(), system.identityProvider().startedIn().toSeconds());
        // the partner client's agency, in the registry
        as(Service.PLAN, person("demo-province")).contentType(ContentType.JSON).body("""
                        {"nameTh": "สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา",
                         "nameEn": "Chachoengsao Provincial Community Development Office",
                         "level": "PROVINCE", "areaCode": "24", "dimensions": ["INCOME"],
                         "helpKinds": ["MONEY", "TRAINING", "LOAN"], "welfareNeeds": [], "reason": "ทะเบียนภาคีการพัฒนา"}""")
                .put("/api/v1/agencies/" + PARTNER_AGENCY).then().statusCode(200);
    }

    /** Tracing as production has it, its spans to this run's receiver: the same settings as environment variables. */
    private static Map<String, String> traced() {
        Map<String, String> environment = new HashMap<>();
        TraceReceiver.running().serviceConfig().forEach((key, value) ->
                environment.put(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        return environment;
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void theFiveStepsAreWalkedUnderTheIdentityProvidersTokensAsEachServicesOwnKafkaUser() throws Exception {
        String village = "24010101";
        LocalDate today = LocalDate.now();
        var fieldWork = new FieldWork(ParityTest::asRole, "parity", PROVINCE);

        // 1 ชี้เป้าชีวิต in household-service, its relay publishing; plan-service consumes household.events
        String household = fieldWork.identifyVisitAssessAndClassify(village, today);
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(Service.PLAN, person("demo-carer")).get("/api/v1/households/{id}/plan-eligibility", household)
                        .then().statusCode(200).body("eligible", equalTo(true)));
        // 2 เข็มทิศชีวิต, its MOU, and 3 บริหารจัดการชีวิต in plan-service; household-service consumes plan.events
        String plan = fieldWork.draftPlan(household, today);
        plan(plan, "agreement", 1, """
                {"signedOn": "%s", "place": "ศาลาประชาคมหมู่ 1", "householdSignatory": "HEAD", "householdSigned": true,
                 "teamSignatories": [{"name": "นางสาวมาลี ดีงาม", "position": "พัฒนากร"}], "reason": "ลงนาม MOU"}"""
                .formatted(today));
        plan(plan, "activities/A1/progress", 2,
                "{\"status\": \"IN_PROGRESS\", \"progressOn\": \"" + today + "\", \"note\": \"จดครบทุกวัน\"}");
        plan(plan, "incomes", 3, """
                {"month": "%s", "householdMembers": 3, "reason": "สรุปจากบัญชีครัวเรือน",
                 "sources": [{"source": "CRAFT", "monthlyAmountThb": 4000}]}""".formatted(YearMonth.from(today).minusMonths(1)));
        await().atMost(EVENTUALLY).until(() -> rows(Service.HOUSEHOLD, "select count(*) from inbox") > 0);
        // 4 ดูแลชีวิต in team-service, which consumes household.events and plan.events
        fieldWork.giveACarer(household, village, EVENTUALLY);

        // 5 ติดตามและประเมินผล: reporting-service consumes all three topics, its analytics relay publishes
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                as(Service.REPORTING, person("demo-province")).get("/api/v1/areas/{code}/progress", village)
                        .then().statusCode(200).body("identified.total", equalTo(1)).body("mouSigned", equalTo(1))
                        .body("withCarer", equalTo(1)));

        // and replays them into a rebuild, as the ministry
        as(Service.REPORTING, person("demo-ministry")).post("/api/v1/admin/projections/rebuild").then().statusCode(200);
        as(Service.REPORTING, person("demo-province")).get("/api/v1/areas/{code}/progress", village)
                .then().statusCode(200).body("identified.total", equalTo(1)).body("mouSigned", equalTo(1));
        as(Service.HOUSEHOLD, person("demo-district")).get("/api/v1/households/{id}/history", household)
                .then().statusCode(200).body("type", hasItem("HouseholdClassified"));
    }

    private static void plan(String planId, String command, long version, String body) {
        as(Service.PLAN, person("demo-carer")).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/v1/plans/{id}/" + command, planId).then().statusCode(200);
    }

    @Test
    void aFieldTeamsTokenWorksWithinItsAreaOnlyAndTheMinistrysEverywhere() {
        String household = as(Service.HOUSEHOLD, person("demo-carer")).contentType(ContentType.JSON)
                .body(nomination(VILLAGE)).post("/api/v1/households/forum-nominations")
                .then().statusCode(201).extract().path("householdId");

        as(Service.HOUSEHOLD, person("demo-carer")).get("/api/v1/households/{id}", household)
                .then().statusCode(200).body("area.village.code", equalTo(VILLAGE));
        as(Service.HOUSEHOLD, person("demo-carer")).contentType(ContentType.JSON)
                .body(nomination(OTHER_PROVINCE)).post("/api/v1/households/forum-nominations")
                .then().statusCode(403);
        // the ministry's area is the whole country: an empty claim, which a missing one is not
        as(Service.HOUSEHOLD, person("demo-ministry")).get("/api/v1/households/{id}", household).then().statusCode(200);
    }

    @Test
    void aTokenWithoutAServicesAudienceIsRefusedThere() {
        String partner = system.identityProvider().clientCredentials(PARTNER, PARTNER_SECRET);

        as(Service.REPORTING, partner).get("/api/v1/areas/{code}/progress", VILLAGE).then().statusCode(401);
        as(Service.REPORTING, person("demo-analyst")).get("/api/v1/areas/{code}/progress", VILLAGE).then().statusCode(200);
    }

    @Test
    void aPartnerAgencyReadsItsWorklistAndMayNotDoAFieldTeamsWork() {
        String household = new FieldWork(ParityTest::asRole, "parity", PROVINCE).identifyVisitAssessAndClassify(VILLAGE,
                LocalDate.now());

        // the provincial centre sends the household's income problem to this client's agency
        JsonPath found = await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).until(() ->
                as(Service.PLAN, person("demo-province")).queryParam("area", VILLAGE).queryParam("householdId", household)
                        .get("/api/v1/problems").then().statusCode(200).extract().jsonPath(),
                problems -> !problems.getList("items").isEmpty());
        String problem = found.getString("items[0].problemId");
        as(Service.PLAN, person("demo-province")).header("If-Match", "\"" + found.getLong("items[0].version") + "\"")
                .contentType(ContentType.JSON).body("{\"agency\": \"" + PARTNER_AGENCY + "\", \"reason\": \"ส่งต่อให้ พช.จ.\"}")
                .post("/api/v1/problems/{id}/routing", problem).then().statusCode(200);

        String partner = system.identityProvider().clientCredentials(PARTNER, PARTNER_SECRET);
        as(Service.PLAN, partner).queryParam("householdId", household)
                .get("/api/v1/problems").then().statusCode(200).body("items.problemId", contains(problem));
        as(Service.HOUSEHOLD, partner).contentType(ContentType.JSON)
                .body(nomination(VILLAGE)).post("/api/v1/households/forum-nominations")
                .then().statusCode(403);
    }

    @Test
    void theConsoleSignsAPersonInThroughTheIdentityProvidersLoginPage() {
        String household = as(Service.HOUSEHOLD, person("demo-carer")).contentType(ContentType.JSON)
                .body(nomination(VILLAGE)).post("/api/v1/households/forum-nominations")
                .then().statusCode(201).extract().path("householdId");

        IdentityProvider keycloak = system.identityProvider();
        try (var browser = new ConsoleBrowser(system.consoleUrl(), "parity", ConsoleBrowser.DESKTOP)) {
            browser.open("/households/" + household);
            browser.waitUntil(() -> browser.driver().getCurrentUrl().startsWith(keycloak.issuer().toString()));
            assertThat(browser.driver().getCurrentUrl()).as("Keycloak's login page, for the console's code flow")
                    .contains("client_id=console").contains("response_type=code");
            browser.type("#username", "demo-carer");
            browser.type("#password", "demo-only-demo-carer");
            browser.driver().findElement(By.id("kc-login")).click();
            browser.waitUntil(() -> browser.driver().getCurrentUrl().startsWith(system.consoleUrl().toString()));

            assertThat(browser.path()).isEqualTo("/households/" + household);
            assertThat(browser.heading()).as("the household, as household-service showed it to the carer")
                    .contains(household.substring(0, 8));
            browser.screenshot("household-after-sign-in");
        }
    }

    @Test
    void aStrangerAWrongPasswordAndAnotherServicesUserAreRefusedByKafka() {
        try (Admin admin = Admin.create(system.kafka().security().withoutCredentials())) {
            assertThatThrownBy(() -> admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000)).nodes()
                    .get(10, TimeUnit.SECONDS)).as("TLS without credentials").isNotNull();
        }
        assertThatThrownBy(() -> produce(client("plan-service", "not-" + passwordOf("plan-service")), "plan.events"))
                .satisfies(refused -> assertThat(root(refused)).isInstanceOf(SaslAuthenticationException.class));
        assertThatThrownBy(() -> produce(client("plan-service", passwordOf("plan-service")), "household.events"))
                .as("plan-service writing household-service's topic")
                .satisfies(refused -> assertThat(root(refused)).isInstanceOf(TopicAuthorizationException.class));
        assertThatThrownBy(() -> read(client("plan-service", passwordOf("plan-service")), "plan-service", "team.events"))
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
        new FieldWork(ParityTest::asRole, "parity", PROVINCE).identifyVisitAssessAndClassify(village, LocalDate.now());

        var analysts = new AreaProgressReader(analyst("analysts-24", "analysts-24-dashboard"));
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            var progress = analysts.latest(PROVINCE, EVENTUALLY);
            assertThat(progress.get(PROVINCE)).as("the province's progress").isNotNull()
                    .satisfies(province -> assertThat(province.identified()).isPositive());
            assertThat(progress.get(village)).as("the village's, one household: withheld").isNotNull()
                    .satisfies(cell -> assertThat(cell.identified()).isNull())
                    .satisfies(cell -> assertThat(cell.withheld()).isPositive());
            assertThat(progress.keySet()).allMatch(area -> area.startsWith(PROVINCE));
        });

        assertThatThrownBy(() -> new AreaProgressReader(analyst("plan-service", "plan-service")).latest(PROVINCE, EVENTUALLY))
                .as("a service's user reading analytics").isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> new AreaProgressReader(analyst("analysts-10", "analysts-24-dashboard")).latest(PROVINCE, EVENTUALLY))
                .as("Bangkok's analysts in Chachoengsao's group").isInstanceOf(GroupAuthorizationException.class);
    }

    // the identity provider's tokens

    /** FieldWork's calls: each role's demo person's token. */
    private static RequestSpecification asRole(Service service, String subject, String role, String area) {
        String person = PEOPLE.get(role);
        if (person == null) {
            throw new IllegalArgumentException("no demo person acts as " + role);
        }
        return as(service, person(person));
    }

    /**
     * The demo person's access token, signed in through the console's client with the realm's demo
     * password; Keycloak's tokens live five minutes, so a fresh one each minute.
     */
    private static String person(String username) {
        return SIGNED_IN.compute(username, (key, previous) -> previous != null
                && previous.at().isAfter(Instant.now().minusSeconds(60)) ? previous
                : new SignedIn(system.identityProvider().signIn(username, "demo-only-" + username), Instant.now())).token();
    }

    private static RequestSpecification as(Service service, String token) {
        return given().baseUri(system.url(service).toString()).header("Authorization", "Bearer " + token);
    }

    private static String nomination(String village) {
        return """
                {"forumDate": "%s", "villageCode": "%s", "reason": "ไม่มีที่ดินทำกิน",
                 "head": {"nationalId": "%s", "firstName": "สมหมาย", "lastName": "ใจดี"}}"""
                .formatted(LocalDate.now(), village, NationalIds.random());
    }

    // Kafka

    /** The settings docs/partners.md gives an analyst: TLS, SCRAM as {@code user}, the consumer group. */
    private static Map<String, Object> analyst(String user, String group) {
        Map<String, Object> settings = client(user, passwordOf(user));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        return settings;
    }

    private static Map<String, Object> client(String user, String password) {
        return new HashMap<>(system.kafka().security().client(user, password));
    }

    private static String passwordOf(String user) {
        return system.kafkaPasswords().get(user);
    }

    private static void produce(Map<String, Object> settings, String topic) throws Exception {
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "{}")).get(20, TimeUnit.SECONDS);
        }
    }

    private static void read(Map<String, Object> settings, String group, String topic) {
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            for (int i = 0; i < 10; i++) {
                consumer.poll(Duration.ofMillis(500));
            }
        }
    }

    private static Throwable root(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static long rows(Service service, String query) throws SQLException {
        try (var connection = system.postgres().connect(service.database());
             var statement = connection.createStatement();
             var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
