package th.poverty.plan.development;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static th.poverty.plan.PlanApi.FIELD_TEAM;
import static th.poverty.plan.PlanApi.agreedPlan;
import static th.poverty.plan.PlanApi.command;
import static th.poverty.plan.PlanApi.content;
import static th.poverty.plan.PlanApi.draft;
import static th.poverty.plan.PlanApi.draftPlan;
import static th.poverty.plan.PlanApi.threeActivities;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.plan.HouseholdFeed;
import th.poverty.plan.PlanApi;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/**
 * The development plans of a district take up its compasses' agency part: activities, households
 * and budgets by tambon and agency, and as a CSV download; an agency activity names a registered
 * agency, so the sums are exact.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class DevelopmentPlanTest {

    private static final String DISTRICT = Tokens.bearer("amphoe-bang-khla", "district-officer", "2402");

    @Test
    void aDistrictSumsItsCompassesAgencyActivitiesByTambonAndAgency() {
        // district 2402 holds this test's households only
        agreedPlan(HouseholdFeed.classified("24020105"));
        draftPlan(HouseholdFeed.classified("24020406"));
        String closed = agreedPlan(HouseholdFeed.classified("24020107"));
        command(closed, "closure", 2, "{\"closedOn\": \"%s\", \"closure\": \"HOUSEHOLD_WITHDREW\", \"reason\": \"ย้ายออก\"}"
                .formatted(PlanApi.TODAY), FIELD_TEAM).statusCode(200);

        given().header("Authorization", DISTRICT).get("/api/v1/development-plans/2402").then().statusCode(200)
                .body("lines", hasSize(2))
                .body("lines.areaCode", contains("240201", "240204"))
                .body("lines[0].agency", equalTo(PlanApi.AGENCY))
                .body("lines[0].agencyNameTh", equalTo("เทศบาลตำบลหน้าเมือง"))
                .body("lines[0].activities", equalTo(1))
                .body("lines[0].budgetThb", equalTo(1500.50f))
                .body("byAgency", hasSize(1))
                .body("byAgency[0].households", equalTo(2))
                .body("byAgency[0].budgetThb", equalTo(3001.00f))
                .body("budgetThb", equalTo(3001.00f));

        String csv = given().header("Authorization", DISTRICT).get("/api/v1/development-plans/2402/development-plan.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines().toList()).containsExactly(
                "\uFEFFarea_code,agency,agency_name_th,activities,households,budget_thb",
                "240201," + PlanApi.AGENCY + ",เทศบาลตำบลหน้าเมือง,1,1,1500.50",
                "240204," + PlanApi.AGENCY + ",เทศบาลตำบลหน้าเมือง,1,1,1500.50");

        given().header("Authorization", Tokens.bearer("korat", "district-officer", "3001"))
                .get("/api/v1/development-plans/2402").then().statusCode(404);
        given().header("Authorization", DISTRICT).get("/api/v1/development-plans/TH").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("ministry", "ministry", "")).get("/api/v1/development-plans/TH")
                .then().statusCode(200);
    }

    @Test
    void anAgencyActivityNamingNoRegisteredAgencyIsRefusedBesideItsField() {
        String household = HouseholdFeed.classified("24020108");
        draftPlan(HouseholdFeed.classified("24020109"));
        draft(household, draft(content(threeActivities(false))).replace(PlanApi.AGENCY, "อบต.บางพระ"), FIELD_TEAM)
                .statusCode(422).body("type", equalTo("/problems/unknown-agency"))
                .body("field", equalTo("activities[2].agency"));
    }
}
