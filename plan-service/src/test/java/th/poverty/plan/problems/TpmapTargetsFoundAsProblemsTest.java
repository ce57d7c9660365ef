package th.poverty.plan.problems;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import th.poverty.plan.AgencyFixtures;
import th.poverty.plan.AgencyFixtures.Registry;
import th.poverty.plan.HouseholdFeed;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.PublishedEvent;
import th.poverty.testing.Tokens;

/**
 * A TPMAP target list names a household's head: each dimension it fails is a problem, routed like
 * any other, unless a problem of the household in that dimension is still open; a candidate's wait
 * for its verification.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class TpmapTargetsFoundAsProblemsTest {

    private static final String DISTRICT = Tokens.bearer("amphoe-mueang", "district-officer", "2401");
    private static Registry registry;

    @BeforeEach
    void registry() {
        if (registry == null) {
            registry = AgencyFixtures.registered();
        }
    }

    @Test
    void aVerifiedHouseholdsListedDimensionsAreProblemsWhereNoneIsOpenAlready() {
        // round 2565: 27 is income
        String householdId = HouseholdFeed.surveyedAndConfirmed("24010106", 2567, "[27]");
        awaitProblems(householdId, 1);

        flagged(householdId, 3, "[\"INCOME\", \"HEALTH\"]", true);

        awaitProblems(householdId, 2)
                .body("items.descriptionCode", containsInAnyOrder("BMN-2565-27", "TPMAP-HEALTH"))
                .body("items.find { it.descriptionCode == 'TPMAP-HEALTH' }.origin.code", equalTo("TPMAP_TARGET"))
                .body("items.find { it.descriptionCode == 'TPMAP-HEALTH' }.agency", equalTo(registry.districtHealth()));

        // health listed again while its problem is open finds nothing; the next flag, of the same household, shows it was read
        flagged(householdId, 4, "[\"HEALTH\"]", true);
        flagged(householdId, 5, "[\"EDUCATION\"]", true);
        awaitProblems(householdId, 3)
                .body("items.descriptionCode", containsInAnyOrder("BMN-2565-27", "TPMAP-HEALTH", "TPMAP-EDUCATION"));
    }

    @Test
    void aCandidatesListedDimensionsBecomeProblemsWhenItIsVerified() {
        String householdId = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(householdId, "24010106", "240101", "2401").publish();
        HouseholdFeed.awaitStatus(householdId, "IDENTIFIED");
        flagged(householdId, 2, "[\"EDUCATION\"]", false);
        HouseholdFeed.event("CandidateConfirmed", householdId, 3, """
                {"householdId": "%s", "confirmedOn": "2026-11-21", "method": "FORUM", "forumId": null}"""
                .formatted(householdId)).publish();

        awaitProblems(householdId, 1)
                .body("items[0].descriptionCode", equalTo("TPMAP-EDUCATION"))
                .body("items[0].dimension.code", equalTo("EDUCATION"));
    }

    private static void flagged(String householdId, long version, String dimensions, boolean verified) {
        HouseholdFeed.event("TpmapTargetFlagged", householdId, version, """
                {"householdId": "%s", "listYear": 2568, "listedOn": "2026-11-30", "dimensions": %s, "verified": %s}"""
                .formatted(householdId, dimensions, verified)).publish();
    }

    private static ValidatableResponse problemsOf(String householdId) {
        return given().header("Authorization", DISTRICT).queryParam("area", "2401").queryParam("householdId", householdId)
                .get("/api/v1/problems").then().statusCode(200);
    }

    private static ValidatableResponse awaitProblems(String householdId, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> problemsOf(householdId).body("items", hasSize(count)));
        return problemsOf(householdId);
    }
}
