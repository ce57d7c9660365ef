package th.poverty.plan.problems;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static th.poverty.plan.PlanApi.TODAY;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import th.poverty.testing.InfrastructureResource;
import th.poverty.domain.Thailand;
import th.poverty.plan.AgencyFixtures;
import th.poverty.plan.AgencyFixtures.Registry;
import th.poverty.plan.HouseholdFeed;
import th.poverty.testing.PublishedEvent;
import th.poverty.testing.Tokens;

/**
 * A household's problems, from its verified survey row, its Family Folder and its welfare needs,
 * routed by the province's table to the agency responsible, which works through its worklist:
 * accepts, helps, solves; declines back to the district; finds a problem cannot be solved. One
 * agency neither sees nor changes another's work.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class ProblemsRoutedToAgenciesTest {

    private static final String DISTRICT = Tokens.bearer("amphoe-mueang", "district-officer", "2401");
    private static Registry registry;

    @BeforeEach
    void registry() {
        // once, with the application up
        if (registry == null) {
            registry = AgencyFixtures.registered();
        }
    }

    private static String agency(String code) {
        return Tokens.agency("staff-" + code, code, "24");
    }

    private static ValidatableResponse problemsOf(String householdId, String token) {
        return given().header("Authorization", token).queryParam("area", "2401").queryParam("householdId", householdId)
                .get("/api/v1/problems").then();
    }

    /** The household's problems once household-service's events have reached plan-service. */
    private static ValidatableResponse awaitProblems(String householdId, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> problemsOf(householdId, DISTRICT).statusCode(200)
                .body("items", hasSize(count)));
        return problemsOf(householdId, DISTRICT);
    }

    private static String problemOf(String householdId, String descriptionCode) {
        return problemsOf(householdId, DISTRICT).extract().path("items.find { it.descriptionCode == '%s' }.problemId"
                .formatted(descriptionCode));
    }

    private static ValidatableResponse command(String problemId, String path, long version, String body, String token) {
        return given().header("Authorization", token).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body(body).post("/api/v1/problems/" + problemId + "/" + path).then();
    }

    @Test
    void aVerifiedSurveyRowsFailedIndicatorsAndTheFamilyFoldersCausesAreRoutedAtOnce() {
        // 2567 uses the round that began in 2565: 3 is health, 27 income, 35 values (no agency's)
        String householdId = HouseholdFeed.surveyedAndConfirmed("24010106", 2567, "[3, 27, 35]");
        HouseholdFeed.event("PovertyCausesRecorded", householdId, 3, """
                {"householdId": "%s", "causes": [{"dimension": "EDUCATION", "description": "ft:%s"}]}"""
                .formatted(householdId, UUID.randomUUID())).publish();

        awaitProblems(householdId, 3)
                .body("items.descriptionCode", containsInAnyOrder("BMN-2565-3", "BMN-2565-27", "FOLDER-EDUCATION-1"))
                .body("items.find { it.descriptionCode == 'BMN-2565-3' }.agency", equalTo(registry.districtHealth()))
                .body("items.find { it.descriptionCode == 'BMN-2565-3' }.dimension.th", equalTo("สุขภาพ"))
                .body("items.find { it.descriptionCode == 'BMN-2565-3' }.status.code", equalTo("NEW"))
                .body("items.find { it.descriptionCode == 'BMN-2565-3' }.dueOn", equalTo(LocalDate.now(Thailand.ZONE).plusDays(30)
                        .toString()))
                .body("items.find { it.descriptionCode == 'BMN-2565-27' }.agency", equalTo(registry.districtCdd()))
                .body("items.find { it.descriptionCode == 'FOLDER-EDUCATION-1' }.agency", nullValue())
                .body("items.find { it.descriptionCode == 'FOLDER-EDUCATION-1' }.origin.code", equalTo("FAMILY_FOLDER"));

        // the same causes recorded again find nothing new
        HouseholdFeed.event("PovertyCausesRecorded", householdId, 4, """
                {"householdId": "%s", "causes": [{"dimension": "EDUCATION", "description": "ft:%s"}]}"""
                .formatted(householdId, UUID.randomUUID())).publish();
        HouseholdFeed.event("PovertyCausesAcknowledged", householdId, 5, """
                {"householdId": "%s", "acknowledgedOn": "2026-11-22"}""".formatted(householdId)).publish();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", DISTRICT)
                .get("/api/v1/households/" + householdId + "/plan-eligibility").then()
                .body("missing.code", not(hasItem("causes-not-acknowledged")))
                .body("missing.code", not(hasItem("causes-not-recorded"))));
        problemsOf(householdId, DISTRICT).body("items", hasSize(3));
        // due in 30 days or not routed yet: none overdue
        given().header("Authorization", DISTRICT).queryParam("area", "2401").queryParam("householdId", householdId)
                .queryParam("overdue", true).get("/api/v1/problems").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aLaterSurveySolvesWhatTheHouseholdPassesAndFindsWhatItFailsNow() {
        // round 2560: 3 is health, 20 income; round 2565: 13 living conditions, 27 income
        String householdId = HouseholdFeed.surveyedAndConfirmed("24010106", 2562, "[3, 20]");
        awaitProblems(householdId, 2);

        resurveyed(householdId, 3, 2567, "[13, 27]");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> problemsOf(householdId, DISTRICT)
                .body("items.descriptionCode", containsInAnyOrder("BMN-2560-3", "BMN-2560-20", "BMN-2565-13"))
                .body("items.find { it.descriptionCode == 'BMN-2560-3' }.status.code", equalTo("SOLVED"))
                // income still fails, in the new round's numbering: the earlier problem carries on, none is added
                .body("items.find { it.descriptionCode == 'BMN-2560-20' }.status.code", equalTo("NEW"))
                .body("items.find { it.descriptionCode == 'BMN-2565-13' }.status.code", equalTo("NEW")));

        resurveyed(householdId, 4, 2568, "[27]");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> problemsOf(householdId, DISTRICT)
                .body("items", hasSize(3))
                .body("items.find { it.descriptionCode == 'BMN-2565-13' }.status.code", equalTo("SOLVED"))
                .body("items.find { it.descriptionCode == 'BMN-2560-20' }.status.code", equalTo("NEW")));
    }

    @Test
    void aCandidateSurveyedAgainIsVerifiedWithItsLatestFacts() {
        String householdId = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(householdId, "24010106", "240101", "2401").publish();
        HouseholdFeed.awaitStatus(householdId, "IDENTIFIED");
        resurveyed(householdId, 2, 2567, "[3]", false);
        HouseholdFeed.event("CandidateConfirmed", householdId, 3, """
                {"householdId": "%s", "confirmedOn": "2026-11-21", "method": "HOME_VISIT", "forumId": null}"""
                .formatted(householdId)).publish();

        awaitProblems(householdId, 1).body("items[0].descriptionCode", equalTo("BMN-2565-3"));
    }

    private static void resurveyed(String householdId, long version, int surveyYear, String failed) {
        resurveyed(householdId, version, surveyYear, failed, true);
    }

    private static void resurveyed(String householdId, long version, int surveyYear, String failed, boolean verified) {
        HouseholdFeed.event("HouseholdResurveyed", householdId, version, """
                {"householdId": "%s", "surveyYear": %d, "surveyedOn": "2026-11-30", "members": 4,
                 "annualIncomePerPerson": 30000, "failedIndicators": %s, "verified": %s}"""
                .formatted(householdId, surveyYear, failed, verified)).publish();
    }

    @Test
    void theDistrictAgencyAcceptsHelpsAndSolvesOneOfItsProblemsAndItsFeedFollows() {
        String householdId = HouseholdFeed.surveyedAndConfirmed("24010106", 2567, "[3]");
        awaitProblems(householdId, 1);
        String problemId = problemOf(householdId, "BMN-2565-3");
        String health = agency(registry.districtHealth());
        long before = given().header("Authorization", health).get("/api/v1/problems/feed").then().statusCode(200)
                .extract().jsonPath().getLong("last");

        given().header("Authorization", health).get("/api/v1/problems").then().statusCode(200)
                .body("items.problemId", hasItem(problemId));
        command(problemId, "acceptance", 2, "{\"acceptedOn\": \"%s\"}".formatted(TODAY), health).statusCode(200)
                .header("ETag", "\"3\"").body("status.code", equalTo("ACCEPTED"));
        command(problemId, "status", 3, "{\"status\": \"IN_PROGRESS\", \"changedOn\": \"%s\"}".formatted(TODAY), health)
                .statusCode(200).body("status.th", equalTo("อยู่ระหว่างดำเนินการ"));
        String help = """
                {"kind": "SERVICE", "amountThb": 1500, "helpedOn": "%s", "description": "ตรวจสุขภาพและจัดยาให้ที่บ้าน"}"""
                .formatted(TODAY);
        for (int attempt = 0; attempt < 2; attempt++) {
            // the second is a retry after a lost answer: recorded once
            given().header("Authorization", health).header("If-Match", "\"4\"").header("Idempotency-Key", "visit-" + problemId)
                    .contentType(ContentType.JSON).body(help).post("/api/v1/problems/" + problemId + "/help").then()
                    .statusCode(200).header("ETag", "\"5\"").body("status.code", equalTo("HELPED"))
                    .body("helpedThb", equalTo(1500.00f));
        }
        command(problemId, "status", 5, "{\"status\": \"SOLVED\", \"changedOn\": \"%s\"}".formatted(TODAY), health)
                .statusCode(200).body("status.th", equalTo("แก้ไขได้"));

        given().header("Authorization", health).get("/api/v1/problems/" + problemId).then().statusCode(200)
                .header("ETag", "\"6\"")
                .body("help", hasSize(1))
                .body("help[0].agency", equalTo(registry.districtHealth()))
                .body("help[0].description", equalTo("ตรวจสุขภาพและจัดยาให้ที่บ้าน"))
                .body("help[0].recordedByRole", equalTo("partner-agency"));
        given().header("Authorization", health).queryParam("after", before).get("/api/v1/problems/feed").then()
                .statusCode(200)
                .body("changes.findAll { it.problemId == '%s' }.eventType".formatted(problemId), contains("ProblemAccepted",
                        "ProblemStatusChanged", "ProblemHelped", "ProblemStatusChanged"))
                .body("more", equalTo(false));
        long last = given().header("Authorization", health).queryParam("after", before).get("/api/v1/problems/feed")
                .then().extract().jsonPath().getLong("last");
        given().header("Authorization", health).queryParam("after", last).get("/api/v1/problems/feed").then()
                .statusCode(200).body("changes", hasSize(0)).body("last", equalTo((int) last));

        // solved: no more reports, and it is not routed again
        command(problemId, "status", 6, "{\"status\": \"IN_PROGRESS\", \"changedOn\": \"%s\"}".formatted(TODAY), health)
                .statusCode(409).body("type", equalTo("/problems/problem-closed"));
        command(problemId, "routing", 6, "{\"agency\": \"%s\", \"reason\": \"ส่งต่อ\"}".formatted(registry.provinceHealth()),
                DISTRICT).statusCode(409).body("type", equalTo("/problems/problem-solved"));
    }

    @Test
    void anotherAgencyNeitherSeesNorChangesTheWorkAndHelpIsRecordedUnderTheCallersOwnCode() {
        String householdId = HouseholdFeed.surveyedAndConfirmed("24010106", 2567, "[3]");
        awaitProblems(householdId, 1);
        String problemId = problemOf(householdId, "BMN-2565-3");
        String income = agency(registry.districtCdd());

        given().header("Authorization", income).get("/api/v1/problems/" + problemId).then().statusCode(404);
        command(problemId, "acceptance", 2, "{\"acceptedOn\": \"%s\"}".formatted(TODAY), income).statusCode(404);
        given().header("Authorization", income).queryParam("agency", registry.districtHealth()).get("/api/v1/problems")
                .then().statusCode(403);
        given().header("Authorization", income).get("/api/v1/problems").then().statusCode(200)
                .body("items.problemId", not(hasItem(problemId)));
        // a partner token without an agency code has no worklist
        given().header("Authorization", Tokens.bearer("nameless", "partner-agency", "24")).get("/api/v1/problems").then()
                .statusCode(403);
        problemsOf(householdId, DISTRICT).body("items[0].version", equalTo(2));
    }

    @Test
    void aDeclinedProblemGoesBackToTheDistrictWhichRoutesItElsewhereAndOneThatCannotBeSolvedGoesToTheForum() {
        String householdId = HouseholdFeed.surveyedAndConfirmed("24010106", 2567, "[27]");
        awaitProblems(householdId, 1);
        String problemId = problemOf(householdId, "BMN-2565-27");
        String income = agency(registry.districtCdd());
        long before = given().header("Authorization", income).get("/api/v1/problems/feed").then().extract().jsonPath()
                .getLong("last");

        command(problemId, "declination", 2, "{\"declinedOn\": \"%s\"}".formatted(TODAY), income).statusCode(400)
                .body("field", equalTo("reason"));
        command(problemId, "declination", 2, "{\"declinedOn\": \"%s\", \"reason\": \"ไม่ใช่ภารกิจของหน่วยงาน\"}"
                .formatted(TODAY), income).statusCode(200).body("status.code", equalTo("NEW")).body("agency", nullValue());
        given().header("Authorization", income).queryParam("after", before).get("/api/v1/problems/feed").then()
                .body("changes.findAll { it.problemId == '%s' }.withAgency".formatted(problemId), contains(false));

        command(problemId, "routing", 3, "{\"agency\": \"%s\"}".formatted(registry.welfare()), DISTRICT).statusCode(400)
                .body("field", equalTo("reason"));
        command(problemId, "routing", 3, "{\"agency\": \"NO-SUCH-AGENCY\", \"reason\": \"ส่งต่อ\"}", DISTRICT).statusCode(400)
                .body("field", equalTo("agency"));
        command(problemId, "routing", 3, "{\"agency\": \"%s\", \"reason\": \"พมจ. ดูแลเรื่องหนี้สินครัวเรือน\"}"
                .formatted(registry.welfare()), DISTRICT).statusCode(200).body("agency", equalTo(registry.welfare()));

        String welfare = agency(registry.welfare());
        command(problemId, "acceptance", 4, "{\"acceptedOn\": \"%s\"}".formatted(TODAY), welfare).statusCode(200);
        command(problemId, "status", 5, "{\"status\": \"UNSOLVABLE\", \"changedOn\": \"%s\"}".formatted(TODAY), welfare)
                .statusCode(422).body("type", equalTo("/problems/reason-required"));
        command(problemId, "status", 5, "{\"status\": \"UNSOLVABLE\", \"changedOn\": \"%s\", \"reason\": \"หนี้นอกระบบเกินกำลัง\"}"
                .formatted(TODAY), welfare).statusCode(200).body("status.code", equalTo("UNSOLVABLE"));
        given().header("Authorization", DISTRICT).queryParam("area", "2401").queryParam("status", "UNSOLVABLE")
                .get("/api/v1/problems").then().body("items.problemId", hasItem(problemId));
    }

    @Test
    void anAgencyUploadsStatusUpdatesAndEachRowIsAppliedOrRefusedOnItsOwn() {
        String householdId = HouseholdFeed.surveyedAndConfirmed("24010106", 2567, "[3, 27]");
        awaitProblems(householdId, 2);
        String health = problemOf(householdId, "BMN-2565-3");
        String income = problemOf(householdId, "BMN-2565-27");
        String csv = """
                problem_id,status,changed_on,reason
                %s,ACCEPTED,%s,
                %s,SOLVED,%s,
                %s,IN_PROGRESS,%s,
                %s,FINISHED,%s,
                """.formatted(health, TODAY, health, TODAY, income, TODAY, health, TODAY);

        given().header("Authorization", agency(registry.districtHealth())).contentType("text/csv").body(csv)
                .post("/api/v1/problems/status-updates").then().statusCode(200)
                .body("rows", equalTo(4)).body("applied", equalTo(2))
                .body("refused.row", contains(4, 5))
                .body("refused[0].type", equalTo("not-found")).body("refused[0].problemId", equalTo(income))
                .body("refused[1].type", equalTo("invalid-row"));
        problemsOf(householdId, DISTRICT)
                .body("items.find { it.problemId == '%s' }.status.code".formatted(health), equalTo("SOLVED"))
                .body("items.find { it.problemId == '%s' }.status.code".formatted(income), equalTo("NEW"));
        given().header("Authorization", agency(registry.districtHealth())).contentType("text/csv")
                .body("problem,state\nx,y\n").post("/api/v1/problems/status-updates").then().statusCode(400)
                .body("field", equalTo("file"));
    }

    @Test
    void aGroupKoHouseholdsWelfareNeedsAreReferredToTheWelfareAgenciesAndHelped() {
        String householdId = HouseholdFeed.inWelfareGroup("24010106", "[\"BEDRIDDEN_CARE\", \"HOUSING_REPAIR\"]");
        awaitProblems(householdId, 2)
                .body("items.find { it.descriptionCode == 'WELFARE-BEDRIDDEN_CARE' }.agency", equalTo(registry.welfare()))
                .body("items.find { it.descriptionCode == 'WELFARE-BEDRIDDEN_CARE' }.origin.code", equalTo("WELFARE_REFERRAL"))
                .body("items.find { it.descriptionCode == 'WELFARE-BEDRIDDEN_CARE' }.welfareNeed.th",
                        equalTo("การดูแลผู้ป่วยติดเตียง"))
                .body("items.find { it.descriptionCode == 'WELFARE-HOUSING_REPAIR' }.agency", equalTo(registry.tambonLocal()));
        String referral = problemOf(householdId, "WELFARE-BEDRIDDEN_CARE");
        String welfare = agency(registry.welfare());

        command(referral, "help", 2, "{\"kind\": \"MONEY\", \"amountThb\": 3000, \"helpedOn\": \"%s\"}".formatted(TODAY),
                welfare).statusCode(409).body("type", equalTo("/problems/not-accepted"));
        command(referral, "acceptance", 2, "{\"acceptedOn\": \"%s\"}".formatted(TODAY), welfare).statusCode(200);
        command(referral, "help", 3, "{\"kind\": \"MONEY\", \"amountThb\": 3000, \"helpedOn\": \"%s\"}".formatted(TODAY),
                welfare).statusCode(200).body("status.code", equalTo("HELPED"));
    }

    @Test
    void aGroupKoHouseholdWithNoNeedStatedIsReferredForAWelfareAssessment() {
        String householdId = HouseholdFeed.inWelfareGroup("24010106", "[]");
        awaitProblems(householdId, 1).body("items[0].descriptionCode", equalTo("WELFARE-WELFARE_ASSESSMENT"))
                .body("items[0].agency", equalTo(registry.welfare()));
    }
}
