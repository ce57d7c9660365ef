package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import th.poverty.domain.Thailand;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/**
 * Identity as villages live it: the head's national ID decides duplicates, a shared house is a
 * hint and never a block, the head may change while the household goes on, and a household that
 * left the programme may be identified again as a new case linked to its earlier one.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class IdentityTest {

    private static final String TEAM = Tokens.bearer("somchai", "field-team", "24");
    private static final String DISTRICT = Tokens.bearer("chief", "district-officer", "2401");
    private static final String TODAY = LocalDate.now(Thailand.ZONE).toString();

    private static String nomination(String nationalId, String village, String house) {
        return """
                {"forumDate": "%s", "villageCode": "%s", "reason": "ประชาคมเสนอ",
                 "head": {"nationalId": "%s", "firstName": "สมศรี", "lastName": "ใจดี"},
                 "houseNumber": %s}""".formatted(TODAY, village, nationalId, house == null ? "null" : "\"" + house + "\"");
    }

    private static ValidatableResponse nominate(String body, String token) {
        return given().contentType(ContentType.JSON).header("Authorization", token).body(body)
                .post("/api/v1/households/forum-nominations").then();
    }

    private static ValidatableResponse command(String id, String command, long version, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", TEAM).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/v1/households/{id}/" + command, id).then();
    }

    private static String house() {
        return "2401%07d".formatted(Math.floorMod(System.nanoTime(), 10_000_000L));
    }

    @Test
    void householdsSharingAHouseRegistrationAreEachIdentifiedAndShownToEachOther() {
        String house = house();
        String first = nominate(nomination(NationalIds.random(), "24010106", house), TEAM).statusCode(201)
                .body("sameHouse", empty()).extract().path("householdId");
        String second = nominate(nomination(NationalIds.random(), "24010106", house), TEAM).statusCode(201)
                .body("sameHouse", contains(first)).extract().path("householdId");

        given().header("Authorization", TEAM).get("/api/v1/households/{id}", first).then().statusCode(200)
                .body("sameHouse", contains(second));
        // a caller outside the area is told of no one
        given().header("Authorization", Tokens.bearer("bangkhla", "field-team", "2402"))
                .get("/api/v1/households/{id}", first).then().statusCode(404);
    }

    @Test
    void theHeadMayChangeAndTheHouseholdGoesOn() {
        String oldHead = NationalIds.random();
        String newHead = NationalIds.random();
        String id = nominate(nomination(oldHead, "24010106", null), TEAM).statusCode(201).extract().path("householdId");
        String other = NationalIds.random();
        nominate(nomination(other, "24010107", null), TEAM).statusCode(201);

        // the new head already leads a household in the programme: refused
        command(id, "head", 1, """
                {"change": "DIED", "head": {"nationalId": "%s", "firstName": "สมชาย", "lastName": "ใจดี"},
                 "reason": "หัวหน้าครัวเรือนเสียชีวิต"}""".formatted(other))
                .statusCode(409).body("type", equalTo("/problems/already-identified"));
        command(id, "head", 1, """
                {"change": "DIED", "head": {"nationalId": "%s", "firstName": "สมชาย", "lastName": "ใจดี"},
                 "reason": "หัวหน้าครัวเรือนเสียชีวิต"}""".formatted(newHead))
                .statusCode(200).body("status.code", equalTo("IDENTIFIED"));

        given().header("Authorization", DISTRICT).header("X-Purpose", "ตรวจสอบหัวหน้าครัวเรือนใหม่")
                .get("/api/v1/households/{id}", id).then().statusCode(200)
                .body("head.nationalId", equalTo(newHead)).body("head.firstName", equalTo("สมชาย"));
        given().header("Authorization", TEAM).get("/api/v1/households/{id}/history", id).then().statusCode(200)
                .body("[1].type", equalTo("HouseholdHeadChanged")).body("[1].payload.change", equalTo("DIED"));
        // the household is the new head's now; the old head leads none
        nominate(nomination(newHead, "24010108", null), TEAM).statusCode(409);
        nominate(nomination(oldHead, "24010108", null), TEAM).statusCode(201);
    }

    @Test
    void aClosedHouseholdsHeadIdentifiedAgainStartsANewCaseLinkedToTheEarlierOne() {
        String head = NationalIds.random();
        String earlier = nominate(nomination(head, "24010106", null), TEAM).statusCode(201).extract().path("householdId");
        given().header("Authorization", TEAM).get("/api/v1/households/{id}", earlier).then().body("earlierCase", nullValue());
        command(earlier, "closure", 1, "{\"closure\": \"MOVED\", \"reason\": \"ย้ายไปทำงานต่างจังหวัด\"}").statusCode(200);

        String again = nominate(nomination(head, "24010106", null), TEAM).statusCode(201).extract().path("householdId");

        assertThat(again).isNotEqualTo(earlier);
        given().header("Authorization", TEAM).get("/api/v1/households/{id}", again).then().statusCode(200)
                .body("earlierCase", equalTo(earlier)).body("status.code", equalTo("IDENTIFIED"));
        // while the new case is open, the earlier one may not be reopened: the head leads the new one
        command(earlier, "reopening", 2, "{\"reason\": \"กลับมาแล้ว\"}").statusCode(409)
                .body("type", equalTo("/problems/already-identified"));
    }
}
