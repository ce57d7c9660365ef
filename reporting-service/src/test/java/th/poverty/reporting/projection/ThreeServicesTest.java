package th.poverty.reporting.projection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.ServiceTopics.carer;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;
import static th.poverty.reporting.ServiceTopics.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ThreeServicesTest {

    private static final String MINISTRY = Tokens.bearer("ministry", "ministry", "");
    /** Used by this test only, so its numbers are this test's. */
    private static final String VILLAGE = "24110103";

    private static JsonPath progress(String code) {
        return given().header("Authorization", MINISTRY).get("/api/v1/areas/{code}/progress", code)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aHouseholdsWholeWayIsCountedAtEveryLevelWhateverTheOrderItsEventsArriveIn() {
        String h = newId();
        String p = newId();
        String c = newId();
        String agency = "อบต.บางแก้ว " + h.substring(0, 8);
        Instant start = Instant.now().minus(2, ChronoUnit.HOURS);
        long countryBefore = progress("TH").getLong("graduated");

        // plan-service's events come first: reporting has not seen the household yet
        plan(p, 1, "PlanDrafted", "{\"planId\": \"%s\", \"householdId\": \"%s\", \"careGroup\": \"SELF_DEVELOPING\"}".formatted(p, h),
                start.plusSeconds(50));
        household(h, 1, "HouseholdIdentified", identified(h, VILLAGE, 30_000), start);
        household(h, 2, "HouseholdVisited", "{\"householdId\": \"%s\", \"visitedOn\": \"2026-11-02\", \"visitedBy\": [\"พก.\"]}"
                .formatted(h), start.plusSeconds(10));
        household(h, 3, "HouseholdAssessed", "{\"householdId\": \"%s\", \"assessedOn\": \"2026-11-02\"}".formatted(h),
                start.plusSeconds(20));
        household(h, 4, "HouseholdClassified", "{\"householdId\": \"%s\", \"group\": \"SELF_DEVELOPING\"}".formatted(h),
                start.plusSeconds(30));
        household(h, 5, "PovertyCausesRecorded", ("{\"householdId\": \"%s\", \"causes\": [{\"dimension\": \"INCOME\", "
                + "\"description\": \"หนี้นอกระบบ\"}]}").formatted(h), start.plusSeconds(40));
        carer(c, 1, "CarerRegistered", ("{\"carerId\": \"%s\", \"name\": \"สมศรี\", \"role\": \"COMMUNITY_LEADER\", "
                + "\"provinceCode\": \"24\", \"districtCode\": \"2411\", \"tambonCode\": \"241101\", \"villageCode\": \"%s\"}")
                .formatted(c, VILLAGE), start.plusSeconds(45));
        carer(c, 2, "CarerAssigned", "{\"carerId\": \"%s\", \"householdId\": \"%s\", \"assignedOn\": \"2026-11-03\"}"
                .formatted(c, h), start.plusSeconds(60));
        plan(p, 2, "PlanAgreed", "{\"planId\": \"%s\", \"householdId\": \"%s\", \"planVersion\": 1, \"signedOn\": \"2026-11-03\"}"
                .formatted(p, h), start.plusSeconds(70));
        plan(p, 3, "AssistanceDelivered", ("{\"planId\": \"%s\", \"householdId\": \"%s\", \"agency\": \"%s\", \"kind\": \"MONEY\", "
                + "\"amountThb\": 1500.50, \"deliveredOn\": \"2026-11-04\", \"description\": \"ค่าพันธุ์ไก่\"}")
                .formatted(p, h, agency), start.plusSeconds(80));
        plan(p, 4, "IncomeRecorded", ("{\"planId\": \"%s\", \"householdId\": \"%s\", \"month\": \"2026-11\", \"fiscalYear\": 2570, "
                + "\"householdMembers\": 4, \"sources\": [], \"annualisedIncomePerPersonThb\": 45000.00}").formatted(p, h),
                start.plusSeconds(90));
        household(h, 6, "HouseholdGraduated", ("{\"householdId\": \"%s\", \"graduatedOn\": \"2026-11-05\", "
                + "\"annualIncomePerPerson\": 45000, \"threshold\": 38000}").formatted(h), start.plusSeconds(100));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(progress(VILLAGE).getLong("graduated")).isEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var village = progress(VILLAGE);
            assertThat(village.getLong("identified.bmnSurvey")).isEqualTo(1);
            assertThat(village.getLong("visited")).isEqualTo(1);
            assertThat(village.getLong("assessed")).isEqualTo(1);
            assertThat(village.getLong("classified.selfDeveloping")).isEqualTo(1);
            assertThat(village.getLong("withPlan")).isEqualTo(1);
            assertThat(village.getLong("mouSigned")).isEqualTo(1);
            assertThat(village.getLong("withCarer")).isEqualTo(1);
            assertThat(village.getLong("carers.carers")).isEqualTo(1);
            assertThat(village.getLong("carers.householdsCared")).isEqualTo(1);
            assertThat(village.getLong("carers.carersOverCap")).isZero();
            assertThat(village.getLong("income.households")).isEqualTo(1);
            assertThat(village.getDouble("income.meanUplift")).isEqualTo(15_000.0);
            assertThat(village.getString("assistance.find { it.agency == '%s' }.amountThb".formatted(agency))).isEqualTo("1500.5");
        });
        assertThat(progress("2411").getLong("graduated")).isGreaterThanOrEqualTo(1);
        assertThat(progress("TH").getLong("graduated")).isGreaterThan(countryBefore);

        var timeline = given().header("Authorization", Tokens.bearer("bang-nam-priao", "district-officer", "2411"))
                .get("/api/v1/households/{id}/timeline", h).then().statusCode(200).extract().jsonPath();
        assertThat(timeline.getList("items.type", String.class)).containsExactly("HouseholdIdentified", "HouseholdVisited",
                "HouseholdAssessed", "HouseholdClassified", "PovertyCausesRecorded", "PlanDrafted", "CarerAssigned",
                "PlanAgreed", "AssistanceDelivered", "IncomeRecorded", "HouseholdGraduated");
        assertThat(timeline.getList("items.source", String.class)).contains("household-service", "team-service", "plan-service");
        assertThat(timeline.getString("items[0].actor")).isEqualTo("somchai");
        assertThat(timeline.getMap("items[0]")).as("why stays with the service that recorded it").doesNotContainKey("reason");
        assertThat(timeline.getString("items[5].streamId")).isEqualTo(p);
        given().header("Authorization", Tokens.bearer("korat", "district-officer", "30"))
                .get("/api/v1/households/{id}/timeline", h).then().statusCode(404);

        // provincial analytics hear of the village's new progress, keyed by its code, with its one
        // graduate withheld: no village figure under five households is published
        var published = KafkaTopics.read("analytics.area-progress",
                record -> VILLAGE.equals(record.key()) && record.value().contains("\"graduated\":null")
                        && record.value().contains("\"/graduated\""), 1);
        assertThat(published).isNotEmpty();
        assertThat(KafkaTopics.header(published.getLast(), "ce_type")).isEqualTo("AreaProgressUpdated");
        assertThat(KafkaTopics.header(published.getLast(), "ce_source")).isEqualTo("reporting-service");
    }

    @Test
    void theTimelineIsPagedAndUnknownHouseholdsAreNotFound() {
        String h = newId();
        Instant at = Instant.now().minus(1, ChronoUnit.HOURS);
        household(h, 1, "HouseholdIdentified", identified(h, VILLAGE, null), at);
        household(h, 2, "HouseholdVisited", "{\"householdId\": \"%s\"}".formatted(h), at.plusSeconds(1));
        household(h, 3, "HouseholdAssessed", "{\"householdId\": \"%s\"}".formatted(h), at.plusSeconds(2));

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var response = given().header("Authorization", MINISTRY).get("/api/v1/households/{id}/timeline", h);
            return response.statusCode() == 200 && response.jsonPath().getList("items").size() == 3;
        });
        var first = given().header("Authorization", MINISTRY).queryParam("limit", 2)
                .get("/api/v1/households/{id}/timeline", h).then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.type", String.class)).containsExactly("HouseholdIdentified", "HouseholdVisited");
        var second = given().header("Authorization", MINISTRY).queryParam("limit", 2).queryParam("after", first.getString("next"))
                .get("/api/v1/households/{id}/timeline", h).then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.type", String.class)).containsExactly("HouseholdAssessed");
        assertThat(second.getString("next")).isNull();

        given().header("Authorization", MINISTRY).get("/api/v1/households/{id}/timeline", newId()).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("bank", "partner-agency", "")).get("/api/v1/households/{id}/timeline", h)
                .then().statusCode(403);
    }
}
