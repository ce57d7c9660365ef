package th.poverty.household.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import th.poverty.household.bmn.BmnImportTest;
import th.poverty.household.bmn.SurveyFile;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/**
 * A village reviews its fiscal year and the district approves: a household carried over, one
 * leaving, a candidate proposed, each recorded on the household as the approval's part.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
public class YearReviewTest {

    private static final String REVIEWS = "/api/v1/year-reviews";
    private static final String TEAM = Tokens.bearer("somchai", "field-team", "24");
    private static final String DISTRICT = Tokens.bearer("chief", "district-officer", "2401");
    private static final String PROVINCE = Tokens.bearer("somsak", "province-officer", "24");

    @Test
    void aVillageReviewsItsYearAndTheDistrictsApprovalCarriesItsHouseholdsIntoTheNext() {
        String village = "24011301";
        String goesOn = nominate(village);
        String leaves = nominate(village);
        String candidate = surveyCandidate(village);
        int year = ReviewDates.fiscalYear();

        hold(village, year, List.of(goesOn), "[]", List.of(candidate), TEAM).statusCode(409)
                .body("type", equalTo("/problems/households-not-reviewed")).body("detail", containsString(leaves));
        String location = hold(village, year, List.of(goesOn), leaving(leaves, "WITHDREW"), List.of(candidate), TEAM)
                .statusCode(201).header("ETag", "\"1\"")
                .body("status.code", equalTo("HELD"))
                .body("decidesFiscalYear", equalTo(year + 1))
                .extract().header("Location");
        String reviewId = location.substring(location.lastIndexOf('/') + 1);
        hold(village, year, List.of(goesOn), leaving(leaves, "WITHDREW"), List.of(candidate), TEAM).statusCode(409)
                .body("type", equalTo("/problems/year-reviewed"));

        decide(reviewId, "approval", 1, TEAM).statusCode(403);
        decide(reviewId, "approval", 1, Tokens.bearer("other", "district-officer", "2402")).statusCode(404);
        decide(reviewId, "approval", 1, DISTRICT).statusCode(200).header("ETag", "\"2\"")
                .body("status.code", equalTo("APPROVED"));
        decide(reviewId, "approval", 1, DISTRICT).statusCode(412);
        decide(reviewId, "approval", 2, DISTRICT).statusCode(409).body("type", equalTo("/problems/review-not-held"));

        household(goesOn).body("targetYear", equalTo(year + 1)).body("status.code", equalTo("IDENTIFIED"));
        household(candidate).body("targetYear", equalTo(year + 1)).body("status.code", equalTo("IDENTIFIED"));
        household(leaves).body("status.code", equalTo("CLOSED")).body("closure.code", equalTo("WITHDREW"));
        var targeted = KafkaTopics.read("household.events", r -> r.key().equals(goesOn)
                && "HouseholdTargeted".equals(KafkaTopics.header(r, "ce_type")), 1);
        assertThat(targeted.getFirst().value()).contains("\"carriedOver\":true").contains("\"fiscalYear\":" + (year + 1));

        given().header("Authorization", PROVINCE).queryParam("area", "2401").queryParam("fiscalYear", year).get(REVIEWS)
                .then().statusCode(200)
                .body("items.find { it.reviewId == '%s' }.carriedOver".formatted(reviewId), equalTo(1))
                .body("items.find { it.reviewId == '%s' }.left".formatted(reviewId), equalTo(1))
                .body("items.find { it.reviewId == '%s' }.proposed".formatted(reviewId), equalTo(1))
                .body("items.find { it.reviewId == '%s' }.status.code".formatted(reviewId), equalTo("APPROVED"));
    }

    @Test
    void aReturnedReviewIsHeldAgainAndTheWorksheetSaysWhatItMustDecide() {
        String village = "24011302";
        String household = nominate(village);
        int year = ReviewDates.fiscalYear();
        given().header("Authorization", TEAM).queryParam("villageCode", village).queryParam("fiscalYear", year)
                .get(REVIEWS + "/worksheet").then().statusCode(200)
                .body("statuses." + household, equalTo("IDENTIFIED"));

        String location = hold(village, year, List.of(household), "[]", List.of(), TEAM).statusCode(201)
                .extract().header("Location");
        String reviewId = location.substring(location.lastIndexOf('/') + 1);
        given().header("Authorization", DISTRICT).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"on\": \"%s\"}".formatted(ReviewDates.heldOn())).post(REVIEWS + "/" + reviewId + "/return")
                .then().statusCode(400).body("field", equalTo("reason"));
        given().header("Authorization", DISTRICT).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body("{\"on\": \"%s\", \"reason\": \"ครัวเรือนยังไม่ได้รับการทบทวนครบ\"}".formatted(ReviewDates.heldOn()))
                .post(REVIEWS + "/" + reviewId + "/return").then().statusCode(200).body("status.code", equalTo("RETURNED"));

        hold(village, year, List.of(), leaving(household, "MOVED"), List.of(), TEAM).statusCode(201)
                .header("ETag", "\"3\"").body("status.code", equalTo("HELD"));
        household(household).body("status.code", equalTo("IDENTIFIED"));
    }

    @Test
    void aReviewOutsideItsWindowOrOutsideTheCallersAreaIsRefused() {
        String village = "24011303";
        String household = nominate(village);
        int year = ReviewDates.fiscalYear();
        given().header("Authorization", TEAM).contentType(ContentType.JSON)
                .body(record(village, year - 1, List.of(household), "[]", List.of())).post(REVIEWS).then()
                .statusCode(422).body("field", equalTo("heldOn")).body("type", equalTo("/problems/outside-review-window"));
        hold(village, year, List.of(household), "[]", List.of(), Tokens.bearer("korat", "field-team", "30"))
                .statusCode(403);
    }

    private static ValidatableResponse hold(String village, int year, List<String> carriedOver, String left,
                                            List<String> proposed, String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body(record(village, year, carriedOver, left, proposed)).post(REVIEWS).then();
    }

    public static String record(String village, int year, List<String> carriedOver, String left, List<String> proposed) {
        return """
                {"villageCode": "%s", "fiscalYear": %d, "heldOn": "%s", "attendance": 42,
                 "carriedOver": %s, "left": %s, "proposed": %s}""".formatted(village, year, ReviewDates.heldOn(),
                quoted(carriedOver), left, quoted(proposed));
    }

    private static String leaving(String householdId, String closure) {
        return "[{\"householdId\": \"%s\", \"closure\": \"%s\"}]".formatted(householdId, closure);
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").toList().toString();
    }

    private static ValidatableResponse decide(String reviewId, String path, long version, String token) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body("{\"on\": \"%s\"}".formatted(ReviewDates.heldOn())).post(REVIEWS + "/" + reviewId + "/" + path).then();
    }

    private static ValidatableResponse household(String householdId) {
        return given().header("Authorization", PROVINCE).get("/api/v1/households/" + householdId).then().statusCode(200);
    }

    public static String nominate(String village) {
        return given().contentType(ContentType.JSON).header("Authorization", TEAM).body("""
                        {"forumDate": "2026-11-20", "villageCode": "%s", "reason": "รายได้ต่ำกว่าเกณฑ์",
                         "head": {"nationalId": "%s", "firstName": "สมศรี", "lastName": "ใจดี"}}"""
                        .formatted(village, NationalIds.random()))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
    }

    private static String surveyCandidate(String village) {
        String nationalId = NationalIds.random();
        String job = BmnImportTest.upload(new SurveyFile().row(nationalId, SurveyFile.houseNumber(), village, "4", "25000", "")
                .bytes(), PROVINCE, 202);
        BmnImportTest.awaitDone(job, PROVINCE);
        return given().header("Authorization", PROVINCE).queryParam("area", village).queryParam("status", "CANDIDATE")
                .get("/api/v1/households").then().statusCode(200).extract().path("items[0].householdId");
    }
}
