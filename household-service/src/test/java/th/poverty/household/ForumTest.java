package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import th.poverty.domain.Thailand;
import th.poverty.household.bmn.BmnImportTest;
import th.poverty.household.bmn.SurveyFile;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/**
 * Step 1, items 3-4: survey households start as candidates, and a village forum verifies them
 * in one sitting (or a home visit, one at a time); a dismissed candidate leaves the funnel.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class ForumTest {

    private static final String DISTRICT = Tokens.bearer("chief", "district-officer", "2401");
    private static final String FORUMS = "/api/v1/forums";
    private static final String DAY = LocalDate.now(Thailand.ZONE).toString();

    static String forum(String village, String confirmed, String dismissed, String nominated) {
        return """
                {"heldOn": "%s", "villageCode": "%s", "attendance": 42,
                 "confirmed": [%s], "dismissed": [%s], "nominated": [%s]}""".formatted(DAY, village, confirmed, dismissed,
                nominated);
    }

    static String nominee(String nationalId) {
        return """
                {"reason": "ประชาคมเสนอ: ผู้สูงอายุอยู่ลำพัง",
                 "head": {"nationalId": "%s", "firstName": "บุญมี", "lastName": "ศรีสุข"}}""".formatted(nationalId);
    }

    private static String dismissal(String householdId, String why, String duplicateOf) {
        return """
                {"householdId": "%s", "dismissal": "%s", "duplicateOf": %s, "reason": "ตรวจสอบในเวทีแล้ว"}"""
                .formatted(householdId, why, duplicateOf == null ? "null" : "\"" + duplicateOf + "\"");
    }

    private static String quoted(String... ids) {
        return Stream.of(ids).map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
    }

    /** Survey rows imported into the village: their households, all candidates. */
    private static List<String> candidates(String village, int count) {
        var file = new SurveyFile();
        for (int i = 0; i < count; i++) {
            file.candidate(village);
        }
        JsonPath done = BmnImportTest.awaitDone(BmnImportTest.upload(file.bytes(), DISTRICT, 202), DISTRICT);
        assertThat(done.getInt("rows.accepted")).isEqualTo(count);
        return candidatesIn(village);
    }

    private static List<String> candidatesIn(String village) {
        return given().header("Authorization", DISTRICT).queryParam("area", village).queryParam("status", "CANDIDATE")
                .queryParam("limit", 500).get("/api/v1/households").then().statusCode(200)
                .extract().jsonPath().getList("items.householdId");
    }

    private static JsonPath household(String id) {
        return given().header("Authorization", DISTRICT).get("/api/v1/households/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private static ValidatableResponse hold(String body) {
        return given().contentType(ContentType.JSON).header("Authorization", DISTRICT).body(body).post(FORUMS).then();
    }

    @Test
    void aForumConfirmsAndDismissesItsVillagesCandidatesAndNominatesInOneRecord() {
        String village = "24010111";
        List<String> candidates = candidates(village, 4);
        assertThat(candidates).hasSize(4);
        assertThat(household(candidates.get(0)).getString("status.code")).isEqualTo("CANDIDATE");

        String forumId = hold(forum(village, quoted(candidates.get(0), candidates.get(1)),
                dismissal(candidates.get(2), "NOT_POOR", null), nominee(NationalIds.random())))
                .statusCode(201).extract().path("forumId");

        assertThat(household(candidates.get(0)).getString("status.code")).isEqualTo("IDENTIFIED");
        assertThat(household(candidates.get(1)).getString("status.code")).isEqualTo("IDENTIFIED");
        JsonPath dismissed = household(candidates.get(2));
        assertThat(dismissed.getString("status.code")).isEqualTo("DISMISSED");
        assertThat(dismissed.getString("dismissal.th")).isEqualTo("ตรวจสอบแล้วไม่เป็นครัวเรือนยากจน");
        assertThat(household(candidates.get(3)).getString("status.code")).isEqualTo("CANDIDATE");

        JsonPath record = given().header("Authorization", DISTRICT).get(FORUMS + "/" + forumId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(record.getList("confirmed")).containsExactly(candidates.get(0), candidates.get(1));
        assertThat(record.getList("dismissed")).containsExactly(candidates.get(2));
        assertThat(record.getList("nominated")).hasSize(1);
        assertThat(record.getInt("attendance")).isEqualTo(42);
        String nominated = record.getString("nominated[0]");
        assertThat(household(nominated).getString("status.code")).isEqualTo("IDENTIFIED");
        assertThat(household(nominated).getString("source.code")).isEqualTo("COMMUNITY_FORUM");

        given().header("Authorization", DISTRICT).queryParam("area", village).get(FORUMS).then().statusCode(200)
                .body("items[0].forumId", equalTo(forumId))
                .body("items[0].confirmed", equalTo(2))
                .body("items[0].dismissed", equalTo(1))
                .body("items[0].nominated", equalTo(1));
        // each household's own history says which forum verified it, and why a dismissal was made
        JsonPath history = given().header("Authorization", DISTRICT)
                .get("/api/v1/households/" + candidates.get(0) + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("type")).containsExactly("HouseholdIdentified", "CandidateConfirmed");
        assertThat(history.getString("[1].payload.forumId")).isEqualTo(forumId);
        assertThat(history.getString("[1].payload.method")).isEqualTo("FORUM");
    }

    @Test
    void oneRefusalRefusesTheWholeRecordAndNamesTheHouseholdWhereItWasSent() {
        String village = "24010112";
        List<String> candidates = candidates(village, 2);
        String elsewhere = candidates("24010113", 1).get(0);

        hold(forum(village, quoted(candidates.get(0), elsewhere), "", ""))
                .statusCode(422)
                .body("type", equalTo("/problems/not-in-forum-village"))
                .body("field", equalTo("confirmed[1]"));
        hold(forum(village, quoted(candidates.get(0)), dismissal(candidates.get(1), "DUPLICATE", null), ""))
                .statusCode(422)
                .body("type", equalTo("/problems/duplicate-of-required"))
                .body("field", equalTo("dismissed[0].householdId"));
        hold(forum(village, quoted(candidates.get(0), candidates.get(0)), "", ""))
                .statusCode(422)
                .body("type", equalTo("/problems/household-listed-twice"));
        hold(forum(village, "", "", "")).statusCode(422).body("type", equalTo("/problems/nothing-decided"));

        assertThat(household(candidates.get(0)).getString("status.code")).isEqualTo("CANDIDATE");
        assertThat(household(candidates.get(1)).getString("status.code")).isEqualTo("CANDIDATE");
        given().header("Authorization", DISTRICT).queryParam("area", village).get(FORUMS).then().statusCode(200)
                .body("items.size()", equalTo(0));

        // a household the forum already verified is no candidate: confirming it again is a broken rule
        hold(forum(village, quoted(candidates.get(0)), "", "")).statusCode(201);
        hold(forum(village, quoted(candidates.get(0)), "", "")).statusCode(409)
                .body("type", equalTo("/problems/not-a-candidate"))
                .body("field", equalTo("confirmed[0]"));
    }

    @Test
    void aCandidateIsVerifiedAtAHomeVisitOrDismissedAndNothingElseHappensBeforeThat() {
        String village = "24010114";
        List<String> candidates = candidates(village, 2);

        given().contentType(ContentType.JSON).header("Authorization", DISTRICT).header("If-Match", "\"1\"")
                .body("{\"visitedOn\": \"%s\", \"visitedBy\": [\"พัฒนากร\"]}".formatted(DAY))
                .post("/api/v1/households/" + candidates.get(0) + "/visits")
                .then().statusCode(409).body("type", equalTo("/problems/candidate-not-verified"));
        given().contentType(ContentType.JSON).header("Authorization", DISTRICT).header("If-Match", "\"1\"")
                .body("{\"confirmedOn\": \"%s\"}".formatted(DAY))
                .post("/api/v1/households/" + candidates.get(0) + "/verification")
                .then().statusCode(200).body("status.code", equalTo("IDENTIFIED"));
        given().contentType(ContentType.JSON).header("Authorization", DISTRICT).header("If-Match", "\"1\"")
                .body("{\"dismissedOn\": \"%s\", \"dismissal\": \"MOVED\", \"reason\": \"ย้ายไปอยู่กับลูก\"}".formatted(DAY))
                .post("/api/v1/households/" + candidates.get(1) + "/dismissal")
                .then().statusCode(200).body("status.code", equalTo("DISMISSED"))
                .body("dismissal.code", equalTo("MOVED"));
    }

    @Test
    void aDismissedCandidatesHeadMayBeIdentifiedAgain() {
        String village = "24010115";
        String nationalId = NationalIds.random();
        JsonPath done = BmnImportTest.awaitDone(BmnImportTest.upload(new SurveyFile()
                .row(nationalId, SurveyFile.houseNumber(), village, "4", "25000", "").bytes(), DISTRICT, 202), DISTRICT);
        assertThat(done.getInt("rows.accepted")).isEqualTo(1);
        String candidate = candidatesIn(village).get(0);

        hold(forum(village, "", dismissal(candidate, "NOT_FOUND", null), "")).statusCode(201);

        hold(forum(village, "", "", nominee(nationalId))).statusCode(201);
    }
}
