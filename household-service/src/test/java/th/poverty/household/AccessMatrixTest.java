package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.poverty.domain.Thailand;
import th.poverty.household.mapping.MappingBodies;
import th.poverty.household.tpmap.TpmapImportTest;
import th.poverty.household.review.ReviewDates;
import th.poverty.household.review.YearReviewTest;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;
import th.poverty.testing.access.AccessMatrix;
import th.poverty.testing.access.Endpoint;
import th.poverty.web.Roles;

/**
 * Every endpoint × every role, inside province 24 (a nominated household, a BMN import job) and
 * outside it (30). The writes name version 1, the household's: the first valid one inside moves it
 * on and the rest are stale (412) or out of order (409), all past the access checks.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class AccessMatrixTest {

    private static final String VILLAGE = "24010107";
    private static final String REVIEWED_VILLAGE = "24011304";
    private static final String TODAY = LocalDate.now(Thailand.ZONE).toString();
    private static final String REASON = "\"reason\": \"ตรวจสิทธิ์\"";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String MAPPING = "access-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TPMAP_LIST = TpmapImportTest.HEADER + NationalIds.random() + ",สมศรี,ใจดี,,"
            + VILLAGE + ",0,0,0,1,0\n";
    private static final String SURVEY = """
            national_id,first_name,last_name,house_number,village_code,members,income_per_person,failed_indicators,phone,address
            %s,สมศรี,ใจดี,99/1,%s,4,25000,,0812345678,12 หมู่ 7
            """.formatted(NationalIds.random(), VILLAGE);

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleInsideAndOutsideTheArea() {
        String fieldTeam = Tokens.bearer("somchai", Roles.FIELD_TEAM, "24");
        String householdId = given().contentType(ContentType.JSON).header("Authorization", fieldTeam)
                .body(NominationTest.nomination(NationalIds.random(), VILLAGE))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
        String forum = given().contentType(ContentType.JSON).header("Authorization", fieldTeam)
                .body(ForumTest.forum(VILLAGE, "", "", ForumTest.nominee(NationalIds.random())))
                .post("/api/v1/forums").then().statusCode(201).extract().path("forumId");
        // a village of its own for the yearly review: its one household is carried over
        String reviewed = YearReviewTest.nominate(REVIEWED_VILLAGE);
        String review = YearReviewTest.record(REVIEWED_VILLAGE, ReviewDates.fiscalYear(), List.of(reviewed), "[]", List.of());
        String reviewId = given().contentType(ContentType.JSON).header("Authorization", fieldTeam).body(review)
                .post("/api/v1/year-reviews").then().statusCode(201).extract().path("reviewId");
        String job = given().header("Authorization", Tokens.bearer("chief", Roles.DISTRICT_OFFICER, "24"))
                .contentType(CSV).body(SURVEY).post("/api/v1/bmn-imports?surveyYear=2568")
                .then().statusCode(202).extract().header("Location");
        String list = given().header("Authorization", Tokens.bearer("chief", Roles.DISTRICT_OFFICER, "24"))
                .contentType(CSV).body(TPMAP_LIST).post("/api/v1/tpmap-imports?listYear=2568")
                .then().statusCode(202).extract().header("Location");
        given().header("Authorization", Tokens.bearer("kanda", Roles.PROVINCE_OFFICER, "24")).contentType(ContentType.JSON)
                .body(MappingBodies.survey()).put("/api/v1/column-mappings/24/" + MAPPING).then().statusCode(201);

        // its problem is with the welfare office, which may reach it; another agency may not
        DeliveryContactTest.problem("ProblemRouted", UUID.randomUUID().toString(), householdId, 2, """
                "agency": "PMJ.24", "previousAgency": null, "routedOn": "%s", "dueOn": "%s", "rerouted": false"""
                .formatted(TODAY, TODAY));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", Tokens.agency("pmj", "PMJ.24", "24")).header("X-Purpose", "delivery")
                .get("/api/v1/households/" + householdId + "/delivery-contact").then().statusCode(200));

        return AccessMatrix.of(Endpoint.of(HouseholdResource.class, "th.poverty.household"), Roles.ALL, "24", "30")
                .agencies("PMJ.24", "CDD.24")
                .header("GET /api/v1/households/{householdId}/delivery-contact", "X-Purpose", "delivery")
                .fixture("householdId", householdId)
                .fixture("forumId", forum)
                .fixture("jobId", URI.create(job).getPath().replaceAll(".*/", ""))
                .fixture("importId", URI.create(list).getPath().replaceAll(".*/", ""))
                // a province's code would be a marker found in any date: its mapping's name stands for it
                .pathParameter("provinceCode", "24")
                .fixture("name", MAPPING)
                .body("PUT /api/v1/column-mappings/{provinceCode}/{name}", MappingBodies.survey())
                .query("POST /api/v1/tpmap-imports", "listYear", "2568")
                .body("POST /api/v1/tpmap-imports", CSV, TPMAP_LIST)
                .ownArea("POST /api/v1/tpmap-imports")
                .fixture("reviewId", reviewId)
                .query("GET /api/v1/year-reviews", "area", "24")
                .query("GET /api/v1/households/follow-ups-due", "area", "24")
                .body("POST /api/v1/households/{householdId}/follow-ups",
                        "{\"measuredOn\": \"%s\", \"annualIncomePerPerson\": 45000}".formatted(TODAY))
                .query("GET /api/v1/year-reviews/worksheet", "villageCode", REVIEWED_VILLAGE)
                .query("GET /api/v1/year-reviews/worksheet", "fiscalYear", String.valueOf(ReviewDates.fiscalYear()))
                .body("POST /api/v1/year-reviews", review)
                .body("POST /api/v1/year-reviews/{reviewId}/approval", "{\"on\": \"%s\"}".formatted(ReviewDates.heldOn()))
                .body("POST /api/v1/year-reviews/{reviewId}/return", "{\"on\": \"%s\", %s}".formatted(ReviewDates.heldOn(),
                        REASON))
                .kernelOperations()
                .query("GET /api/v1/households", "area", "24")
                .query("GET /api/v1/forums", "area", "24")
                .query("POST /api/v1/bmn-imports", "surveyYear", "2568")
                .body("POST /api/v1/bmn-imports", CSV, SURVEY)
                // an upload imports into the uploader's own area; rows elsewhere are rejected row by row
                .ownArea("POST /api/v1/bmn-imports")
                .body("POST /api/v1/households/forum-nominations", NominationTest.nomination(NationalIds.random(), VILLAGE))
                .body("POST /api/v1/forums", ForumTest.forum(VILLAGE, "", "", ForumTest.nominee(NationalIds.random())))
                .body("POST /api/v1/households/{householdId}/verification", "{\"confirmedOn\": \"%s\"}".formatted(TODAY))
                .body("POST /api/v1/households/{householdId}/dismissal",
                        "{\"dismissedOn\": \"%s\", \"dismissal\": \"NOT_POOR\", %s}".formatted(TODAY, REASON))
                .body("POST /api/v1/households/{householdId}/head", """
                        {"change": "MOVED_OUT", "head": {"nationalId": "%s", "firstName": "สมชาย", "lastName": "ใจดี"}, %s}"""
                        .formatted(NationalIds.random(), REASON))
                .body("POST /api/v1/households/{householdId}/members", """
                        {"members": [{"relation": "HEAD", "ageBand": "AGE_60_PLUS", "elderlyLivingAlone": true}], %s}"""
                        .formatted(REASON))
                .body("POST /api/v1/households/{householdId}/visits",
                        "{\"visitedOn\": \"%s\", \"visitedBy\": [\"พัฒนากร\"], \"notes\": \"ตรวจสิทธิ์\"}".formatted(TODAY))
                .body("POST /api/v1/households/{householdId}/assessment", """
                        {"assessedOn": "%s", "attitude": {"willingToChange": true, "notes": "-"},
                         "skills": {"workingMembers": 1, "skills": []},
                         "resources": {"landRai": 0, "ownsLand": false, "meansOfProduction": []},
                         "wayOut": {"direction": "-"}}""".formatted(TODAY))
                .body("POST /api/v1/households/{householdId}/classification", "{\"group\": \"SELF_DEVELOPING\", %s}".formatted(REASON))
                .body("POST /api/v1/households/{householdId}/poverty-causes",
                        "{\"causes\": [{\"dimension\": \"INCOME\", \"description\": \"หนี้\"}], %s}".formatted(REASON))
                .body("POST /api/v1/households/{householdId}/poverty-causes/acknowledgement",
                        "{\"acknowledgedOn\": \"%s\"}".formatted(TODAY))
                .body("POST /api/v1/households/{householdId}/corrections", "{\"phone\": \"0812345679\", %s}".formatted(REASON))
                .body("POST /api/v1/households/{householdId}/graduation",
                        "{\"graduatedOn\": \"%s\", \"annualIncomePerPerson\": 52000, %s}".formatted(TODAY, REASON))
                .body("POST /api/v1/households/{householdId}/closure", "{\"closure\": \"DIED\", %s}".formatted(REASON))
                .body("POST /api/v1/households/{householdId}/personal-data/erasure", "{" + REASON + "}")
                .body("POST /api/v1/households/{householdId}/reopening", "{" + REASON + "}")
                .cases();
    }
}
