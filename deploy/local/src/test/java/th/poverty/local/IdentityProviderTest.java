package th.poverty.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Ports;
import th.poverty.testing.ServiceProcess;

/**
 * The services and the console in the production profile, trusting only Keycloak with the
 * repository's realm: the tokens here are Keycloak's, for its demo people and partner agencies,
 * never minted by the test. The services share the local system's databases and broker, as more
 * instances of the same services would.
 */
@ExtendWith(SharedLocalSystem.class)
class IdentityProviderTest {

    /** หมู่ 1 ต.บ้านโพธิ์ อ.บ้านโพธิ์: no other class of the shared local system writes in district 2405. */
    private static final String VILLAGE = "24050101";
    private static final String OTHER_PROVINCE = "30010101";
    private static final String PARTNER = "agency-cdd-24";
    private static final String PARTNER_SECRET = "demo-only-agency-cdd-24-secret";
    private static final String PARTNER_AGENCY = "CDD.24";
    private static final Duration READY = Duration.ofSeconds(180);

    /** Keycloak's database and every process's log: kept when a test fails, to read why. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path work;
    private static IdentityProvider keycloak;
    private static final Map<Service, ServiceProcess> SERVICES = new EnumMap<>(Service.class);
    private static ServiceProcess console;

    @BeforeAll
    static void startKeycloakAndTheServicesTrustingIt() {
        LocalSystem system = SharedLocalSystem.running().system();
        int keycloakPort = Ports.free();
        // the services find Keycloak on their first request, so they start while it does
        for (Service service : List.of(Service.HOUSEHOLD, Service.PLAN, Service.REPORTING)) {
            Map<String, String> config = production(system.wiring(service), keycloakPort);
            if (service == Service.HOUSEHOLD) {
                config.put("IDENTITY_HASH_KEY", Base64.getEncoder().encodeToString("a key for this test only....".getBytes()));
            }
            SERVICES.put(service, ServiceProcess.launch(service.module(), service.runnerJar(system.options().root()),
                    system.options().root(), List.of("-Xmx256m", "-XX:+UseSerialGC"), Ports.free(), config,
                    work.resolve(service.module() + ".log")));
        }
        keycloak = IdentityProvider.start(system.options().root(), work.resolve("keycloak"), keycloakPort);
        System.out.printf("Keycloak answered after %d s%n", keycloak.startedIn().toSeconds());
        Map<String, String> config = production(Map.of(), keycloakPort);
        config.put("OIDC_CLIENT_SECRET", IdentityProvider.CONSOLE_SECRET);
        SERVICES.forEach((service, process) -> config.put("quarkus.rest-client." + service.database() + ".url",
                process.url().toString()));
        console = ServiceProcess.launch("console", system.options().consoleJar(), system.options().root(),
                List.of("-Xmx128m", "-XX:+UseSerialGC"), Ports.free(), config, work.resolve("console.log"));
        SERVICES.values().forEach(service -> service.awaitReady(READY));
        console.awaitReady(READY);
        // the partner client's agency, in the registry once: a second registration finds it there (412)
        as(Service.PLAN, person("demo-province")).contentType(ContentType.JSON).body("""
                        {"nameTh": "สำนักงานพัฒนาชุมชนจังหวัดฉะเชิงเทรา",
                         "nameEn": "Chachoengsao Provincial Community Development Office",
                         "level": "PROVINCE", "areaCode": "24", "dimensions": ["INCOME"],
                         "helpKinds": ["MONEY", "TRAINING", "LOAN"], "welfareNeeds": [], "reason": "ทะเบียนภาคีการพัฒนา"}""")
                .put("/api/v1/agencies/" + PARTNER_AGENCY).then().statusCode(anyOf(equalTo(200), equalTo(412)));
    }

    /** A service's or the console's configuration in the production profile, trusting the Keycloak on that port. */
    private static Map<String, String> production(Map<String, String> wiring, int keycloakPort) {
        Map<String, String> config = new LinkedHashMap<>(wiring);
        config.remove("quarkus.oidc.public-key");
        config.remove("quarkus.oidc.token.issuer");
        config.put("quarkus.profile", "prod");
        config.put("OIDC_AUTH_SERVER_URL", IdentityProvider.issuer(keycloakPort).toString());
        return config;
    }

    @AfterAll
    static void stop() {
        if (console != null) {
            console.close();
        }
        SERVICES.values().forEach(ServiceProcess::close);
        if (keycloak != null) {
            keycloak.close();
        }
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
        String partner = keycloak.clientCredentials(PARTNER, PARTNER_SECRET);

        as(Service.REPORTING, partner).get("/api/v1/areas/{code}/progress", VILLAGE).then().statusCode(401);
        as(Service.REPORTING, person("demo-analyst")).get("/api/v1/areas/{code}/progress", VILLAGE).then().statusCode(200);
    }

    @Test
    void aPartnerAgencyReadsItsWorklistAndMayNotDoAFieldTeamsWork() {
        var fieldWork = new FieldWork((service, subject, role, area) -> as(service, person(PEOPLE.get(role))),
                "identity-provider-test", "24");
        String household = fieldWork.identifyVisitAssessAndClassify(VILLAGE, LocalDate.now());

        // the provincial centre sends the household's income problem to this client's agency
        JsonPath found = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                as(Service.PLAN, person("demo-province")).queryParam("area", VILLAGE).queryParam("householdId", household)
                        .get("/api/v1/problems").then().statusCode(200).extract().jsonPath(),
                problems -> !problems.getList("items").isEmpty());
        String problem = found.getString("items[0].problemId");
        as(Service.PLAN, person("demo-province")).header("If-Match", "\"" + found.getLong("items[0].version") + "\"")
                .contentType(ContentType.JSON).body("{\"agency\": \"" + PARTNER_AGENCY + "\", \"reason\": \"ส่งต่อให้ พช.จ.\"}")
                .post("/api/v1/problems/{id}/routing", problem).then().statusCode(200);

        as(Service.PLAN, keycloak.clientCredentials(PARTNER, PARTNER_SECRET)).queryParam("householdId", household)
                .get("/api/v1/problems").then().statusCode(200).body("items.problemId", contains(problem));
        as(Service.HOUSEHOLD, keycloak.clientCredentials(PARTNER, PARTNER_SECRET)).contentType(ContentType.JSON)
                .body(nomination(VILLAGE)).post("/api/v1/households/forum-nominations")
                .then().statusCode(403);
    }

    @Test
    void theConsoleSignsAPersonInThroughKeycloaksLoginPage() {
        String household = as(Service.HOUSEHOLD, person("demo-carer")).contentType(ContentType.JSON)
                .body(nomination(VILLAGE)).post("/api/v1/households/forum-nominations")
                .then().statusCode(201).extract().path("householdId");

        try (var browser = new ConsoleBrowser(console.url(), "identity-provider", ConsoleBrowser.DESKTOP)) {
            browser.open("/households/" + household);
            browser.waitUntil(() -> browser.driver().getCurrentUrl().startsWith(keycloak.issuer().toString()));
            assertThat(browser.driver().getCurrentUrl()).as("Keycloak's login page, for the console's code flow")
                    .contains("client_id=console").contains("response_type=code");
            browser.type("#username", "demo-carer");
            browser.type("#password", "demo-only-demo-carer");
            browser.driver().findElement(By.id("kc-login")).click();
            browser.waitUntil(() -> browser.driver().getCurrentUrl().startsWith(console.url().toString()));

            assertThat(browser.path()).isEqualTo("/households/" + household);
            assertThat(browser.heading()).as("the household, as household-service showed it to the carer")
                    .contains(household.substring(0, 8));
            browser.screenshot("household-after-sign-in");
        }
    }

    /** The demo person of the realm who holds each role. */
    private static final Map<String, String> PEOPLE = Map.of("field-team", "demo-carer", "district-officer", "demo-district",
            "province-officer", "demo-province", "ministry", "demo-ministry", "analyst", "demo-analyst");

    /** The demo person's access token, signed in through the console's client; their password is the realm's demo one. */
    private static String person(String username) {
        return keycloak.signIn(username, "demo-only-" + username);
    }

    private static RequestSpecification as(Service service, String token) {
        return given().baseUri(SERVICES.get(service).url().toString()).header("Authorization", "Bearer " + token);
    }

    private static String nomination(String village) {
        return """
                {"forumDate": "%s", "villageCode": "%s", "reason": "ไม่มีที่ดินทำกิน",
                 "head": {"nationalId": "%s", "firstName": "สมหมาย", "lastName": "ใจดี"}}"""
                .formatted(LocalDate.now(), village, NationalIds.random());
    }
}
