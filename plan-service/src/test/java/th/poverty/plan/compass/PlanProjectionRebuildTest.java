package th.poverty.plan.compass;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static th.poverty.plan.PlanApi.FIELD_TEAM;
import static th.poverty.plan.PlanApi.TODAY;
import static th.poverty.plan.PlanApi.agreedPlan;
import static th.poverty.plan.PlanApi.command;
import static th.poverty.plan.PlanApi.content;
import static th.poverty.plan.PlanApi.read;
import static th.poverty.plan.PlanApi.revision;
import static th.poverty.plan.PlanApi.threeActivities;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.plan.AgencyFixtures;
import th.poverty.plan.AgencyFixtures.Registry;
import th.poverty.plan.HouseholdFeed;
import th.poverty.plan.PlanApi;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/**
 * The events are the source of truth: the read model, decision states included, is rebuilt from
 * them alone: plans, the agency registry, problems and each agency's feed.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class PlanProjectionRebuildTest {

    private static final String MINISTRY = Tokens.bearer("ministry-it", "ministry", "");

    private static Registry registry;

    @Inject
    Pool pool;

    @BeforeEach
    void registry() {
        // once, with the application up
        if (registry == null) {
            registry = AgencyFixtures.registered();
        }
    }

    /** An agreed, revised plan with progress, help and income: every table of the read model has rows. */
    private static String busyPlan() {
        String planId = agreedPlan(HouseholdFeed.classified("24010108"));
        List<String> activities = new ArrayList<>(threeActivities(true));
        activities.add(PlanApi.activity(null, "COMMUNITY", "DEBT_RELIEF", "ปลดหนี้นอกระบบ"));
        command(planId, "revisions", 2, revision("เพิ่มการปลดหนี้", content(activities)), FIELD_TEAM).statusCode(200);
        command(planId, "activities/A4/progress", 3, "{\"status\": \"DONE\", \"progressOn\": \"" + TODAY + "\"}", FIELD_TEAM)
                .statusCode(200);
        command(planId, "assistance", 4, "{\"agency\": \"" + registry.districtCdd() + "\", \"kind\": \"MONEY\", "
                + "\"amountThb\": 3000, \"deliveredOn\": \"" + TODAY + "\"}", Tokens.bearer("amphoe", "district-officer", "2401"))
                .statusCode(200);
        command(planId, "incomes", 5, "{\"month\": \"" + TODAY.substring(0, 7) + "\", \"householdMembers\": 2, "
                + "\"sources\": [{\"source\": \"WAGES\", \"monthlyAmountThb\": 8000}]}", FIELD_TEAM).statusCode(200);
        return planId;
    }

    @Test
    void theReadModelIsRebuiltFromTheEventsAlone() {
        String planId = busyPlan();
        String plan = read("plans/" + planId, FIELD_TEAM).statusCode(200).extract().asString();
        String versions = read("plans/" + planId + "/versions", FIELD_TEAM).statusCode(200).extract().asString();
        String assistance = read("plans/" + planId + "/assistance", FIELD_TEAM).statusCode(200).extract().asString();
        String incomes = read("plans/" + planId + "/incomes", FIELD_TEAM).statusCode(200).extract().asString();
        String health = Tokens.agency("health-staff", registry.districtHealth(), "24");
        String problemId = AgencyFixtures.awaitProblem(HouseholdFeed.surveyedAndConfirmed("24010108", 2567, "[3]"));
        given().header("Authorization", health).header("If-Match", "\"2\"").contentType("application/json")
                .body("{\"acceptedOn\": \"" + TODAY + "\"}").post("/api/v1/problems/" + problemId + "/acceptance").then()
                .statusCode(200);
        String problem = read("problems/" + problemId, health).statusCode(200).extract().asString();
        String feed = read("problems/feed", health).statusCode(200).extract().asString();
        String agency = read("agencies/" + registry.districtHealth(), health).statusCode(200).extract().asString();

        given().header("Authorization", FIELD_TEAM).post("/api/v1/admin/projections/rebuild").then().statusCode(403);
        given().header("Authorization", MINISTRY).post("/api/v1/admin/projections/rebuild").then().statusCode(200)
                .body("streams", greaterThanOrEqualTo(1)).body("eventsReplayed", greaterThanOrEqualTo(6));

        assertThat(read("plans/" + planId, FIELD_TEAM).statusCode(200).extract().asString()).isEqualTo(plan);
        assertThat(read("plans/" + planId + "/versions", FIELD_TEAM).extract().asString()).isEqualTo(versions);
        assertThat(read("plans/" + planId + "/assistance", FIELD_TEAM).extract().asString()).isEqualTo(assistance);
        assertThat(read("plans/" + planId + "/incomes", FIELD_TEAM).extract().asString()).isEqualTo(incomes);
        assertThat(read("problems/" + problemId, health).statusCode(200).extract().asString()).isEqualTo(problem);
        assertThat(read("problems/feed", health).extract().asString()).isEqualTo(feed);
        assertThat(read("agencies/" + registry.districtHealth(), health).extract().asString()).isEqualTo(agency);
        command(planId, "completion", 6, "{\"completedOn\": \"" + TODAY + "\"}", FIELD_TEAM).statusCode(200);
    }

    @Test
    void aStateStoredUnderAnotherSchemaIsFoldedFromTheStreamInstead() {
        String planId = busyPlan();
        String plan = read("plans/" + planId, FIELD_TEAM).statusCode(200).extract().asString();
        pool.preparedQuery("update plans set state = '{}'::jsonb, view = '{}', schema = 0 where plan_id = $1")
                .execute(Tuple.of(planId)).await().indefinitely();

        assertThat(read("plans/" + planId, FIELD_TEAM).statusCode(200).extract().asString()).isEqualTo(plan);
        command(planId, "completion", 6, "{\"completedOn\": \"" + TODAY + "\"}", FIELD_TEAM).statusCode(200)
                .body("status.code", equalTo("COMPLETED"));
        assertThat(pool.preparedQuery("select schema from plans where plan_id = $1").execute(Tuple.of(planId))
                .await().indefinitely().iterator().next().getInteger(0)).isEqualTo(PlanProjection.SCHEMA);
    }
}
