package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import th.poverty.domain.Thailand;
import th.poverty.testing.NationalIds;

/**
 * Steps 1 and 4 as the guideline has them, over REST across the four services: a survey row is a
 * candidate, verified at a home visit, carried through step 1 into group ก, and only then awaits
 * and gets a carer; another candidate is dismissed and leaves the funnel with its history.
 */
@ExtendWith(SharedLocalSystem.class)
class CandidateWalkTest {

    /** หมู่ 9 ต.ท่าสะอ้าน อ.บางปะกง: no other test of the local system works there. */
    private static final String VILLAGE = "24040209";
    private static final String PROVINCE = "24";
    private static final String USER = "candidate-walk";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static SharedLocalSystem.Running running;
    private static String today;

    @BeforeAll
    static void theWholeSystemRuns() {
        running = SharedLocalSystem.running();
        today = LocalDate.now(Thailand.ZONE).toString();
    }

    private static RequestSpecification as(Service service, String role) {
        return running.as(service, USER, role, PROVINCE);
    }

    private static ValidatableResponse household(String id, String command, long version, String body) {
        return as(Service.HOUSEHOLD, "field-team").contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/v1/households/{id}/" + command, id).then();
    }

    private static List<String> awaitingCarer() {
        return as(Service.TEAM, "district-officer").queryParam("area", VILLAGE).queryParam("limit", 500)
                .get("/api/v1/care/awaiting-carer").then().statusCode(200).extract().jsonPath().getList("items.householdId");
    }

    private static JsonPath progress() {
        return as(Service.REPORTING, "province-officer").get("/api/v1/areas/{code}/progress", VILLAGE)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSurveyCandidateIsVerifiedCarriedThroughStepOneAndGivenACarerWhileAnotherIsDismissed() {
        String file = """
                national_id,first_name,last_name,house_number,village_code,members,income_per_person,failed_indicators,phone,address
                %s,สมหมาย,ใจงาม,24040209001,%s,3,22000,8,,9 หมู่ 9
                %s,สมใจ,ดีงาม,24040209002,%s,4,26000,,,10 หมู่ 9
                """.formatted(NationalIds.random(), VILLAGE, NationalIds.random(), VILLAGE);
        as(Service.HOUSEHOLD, "district-officer").contentType("text/csv; charset=UTF-8")
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/bmn-imports?surveyYear=2569").then()
                .statusCode(202);
        List<String> candidates = await().atMost(EVENTUALLY).until(() -> as(Service.HOUSEHOLD, "field-team")
                .queryParam("area", VILLAGE).queryParam("status", "CANDIDATE").get("/api/v1/households")
                .then().statusCode(200).extract().jsonPath().<String>getList("items.householdId"), found -> found.size() == 2);
        String verified = candidates.get(0);
        String dismissed = candidates.get(1);

        // a candidate takes no step before it is verified, and awaits no carer
        household(verified, "visits", 1, "{\"visitedOn\": \"%s\", \"visitedBy\": [\"พัฒนากร\"]}".formatted(today))
                .statusCode(409).body("type", equalTo("/problems/candidate-not-verified"));
        household(verified, "verification", 1, "{\"confirmedOn\": \"%s\", \"reason\": \"ลงพื้นที่ยืนยันแล้ว\"}"
                .formatted(today)).statusCode(200).body("status.code", equalTo("IDENTIFIED"));
        household(dismissed, "dismissal", 1, """
                {"dismissedOn": "%s", "dismissal": "NOT_POOR", "reason": "มีรายได้จากสวนยางเกินเกณฑ์"}""".formatted(today))
                .statusCode(200).body("status.code", equalTo("DISMISSED"));

        household(verified, "visits", 2, "{\"visitedOn\": \"%s\", \"visitedBy\": [\"พัฒนากร\"]}".formatted(today))
                .statusCode(200);
        household(verified, "assessment", 3, """
                {"assessedOn": "%s", "attitude": {"willingToChange": true}, "skills": {"workingMembers": 0},
                 "resources": {"landRai": 0, "ownsLand": false}, "wayOut": {"direction": "เข้าสู่ระบบสงเคราะห์"}}"""
                .formatted(today)).statusCode(200);
        household(verified, "poverty-causes", 4, """
                {"causes": [{"dimension": "HEALTH", "description": "พิการ ทำงานไม่ได้"}]}""").statusCode(200);
        household(verified, "poverty-causes/acknowledgement", 5, "{\"acknowledgedOn\": \"%s\"}".formatted(today))
                .statusCode(200);
        await().atMost(EVENTUALLY).pollDelay(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(awaitingCarer()).as("not yet: step 1 is not done")
                        .doesNotContain(verified, dismissed));
        household(verified, "classification", 6, "{\"group\": \"WELFARE\", \"reason\": \"พิการ ไม่มีผู้ดูแล\"}")
                .statusCode(200);

        // group ก: it needs someone to follow its welfare care (step 4, item 1)
        await().atMost(EVENTUALLY).until(() -> awaitingCarer().contains(verified));
        String carer = as(Service.TEAM, "district-officer").contentType(ContentType.JSON).body("""
                        {"name": "ครูมาลัย กศน.", "role": "NFE_TEACHER", "areaCode": "%s", "reason": "ดูแลครัวเรือนกลุ่ม ก"}"""
                        .formatted(VILLAGE))
                .post("/api/v1/carers").then().statusCode(201).extract().path("carerId");
        as(Service.TEAM, "field-team").contentType(ContentType.JSON)
                .body("{\"householdId\": \"%s\", \"reason\": \"ดูแลสวัสดิการ\"}".formatted(verified))
                .post("/api/v1/carers/{id}/households", carer).then().statusCode(200);

        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath village = progress();
            assertThat(village.getLong("identified.verified")).isEqualTo(1);
            assertThat(village.getLong("identified.dismissed")).isEqualTo(1);
            assertThat(village.getLong("identified.candidates")).isZero();
            assertThat(village.getLong("classified.welfare")).isEqualTo(1);
            assertThat(village.getLong("withCarer")).isEqualTo(1);
            assertThat(village.getLong("carers.householdsWithoutCarer")).isZero();
        });
        as(Service.TEAM, "district-officer").queryParam("area", VILLAGE).get("/api/v1/care/awaiting-carer").then()
                .statusCode(200).body("items.householdId", not(hasItem(verified)));
        as(Service.HOUSEHOLD, "district-officer").get("/api/v1/households/{id}/history", dismissed).then()
                .statusCode(200).body("type", equalTo(List.of("HouseholdIdentified", "CandidateDismissed")))
                .body("[1].reason", equalTo("มีรายได้จากสวนยางเกินเกณฑ์"));
    }
}
