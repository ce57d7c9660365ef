package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.PublishedEvent;
import th.poverty.testing.Tokens;
import th.poverty.web.Roles;

/**
 * A partner agency reaches a household to deliver help only while one of the household's problems
 * is open with it, only with a stated purpose, and the read is logged like any other.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class DeliveryContactTest {

    private static final String WELFARE = Tokens.agency("pmj-staff", "PMJ.24", "24");
    private static final String PURPOSE = "%E0%B8%AA%E0%B9%88%E0%B8%87%E0%B8%A1%E0%B8%AD%E0%B8%9A"; // ส่งมอบ

    static void problem(String type, String problemId, String householdId, long version, String fields) {
        PublishedEvent.of("plan.events", "plan-service", type, "problem", problemId, version, """
                {"problemId": "%s", "householdId": "%s", "dimension": "HEALTH", %s}""".formatted(problemId, householdId,
                fields)).publish();
    }

    private static ValidatableResponse contact(String householdId, String token, String purpose) {
        var request = given().header("Authorization", token);
        if (purpose != null) {
            request.header("X-Purpose", purpose);
        }
        return request.get("/api/v1/households/" + householdId + "/delivery-contact").then();
    }

    @Test
    void theAgencyAProblemIsWithReadsTheContactWithAPurposeUntilTheProblemIsSolved() {
        String householdId = given().contentType(ContentType.JSON)
                .header("Authorization", Tokens.bearer("somchai", Roles.FIELD_TEAM, "24"))
                .body(NominationTest.nomination(NationalIds.random(), "24010105"))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
        contact(householdId, WELFARE, PURPOSE).statusCode(404);

        String problemId = UUID.randomUUID().toString();
        problem("ProblemRouted", problemId, householdId, 2, """
                "agency": "PMJ.24", "previousAgency": null, "routedOn": "2026-12-06", "dueOn": "2026-12-21", "rerouted": false""");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> contact(householdId, WELFARE, PURPOSE).statusCode(200)
                .body("householdId", equalTo(householdId)).body("firstName", equalTo("สมศรี")));

        contact(householdId, WELFARE, null).statusCode(400).body("field", equalTo("X-Purpose"));
        contact(householdId, Tokens.agency("cdd-staff", "CDD.24", "24"), PURPOSE).statusCode(404);
        contact(householdId, Tokens.bearer("nameless", Roles.PARTNER_AGENCY, "24"), PURPOSE).statusCode(403);
        given().header("Authorization", Tokens.bearer("chief", Roles.DISTRICT_OFFICER, "2401"))
                .get("/api/v1/households/" + householdId + "/personal-data-reads").then().statusCode(200)
                .body("actorRole", hasItem("partner-agency")).body("purpose", hasItem("ส่งมอบ"));

        problem("ProblemStatusChanged", problemId, householdId, 3, """
                "agency": "PMJ.24", "status": "SOLVED", "changedOn": "2026-12-06\"""");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> contact(householdId, WELFARE, PURPOSE).statusCode(404));
    }
}
