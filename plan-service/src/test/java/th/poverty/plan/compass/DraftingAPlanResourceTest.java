package th.poverty.plan.compass;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static th.poverty.plan.PlanApi.FIELD_TEAM;
import static th.poverty.plan.PlanApi.TODAY;
import static th.poverty.plan.PlanApi.TOMORROW;
import static th.poverty.plan.PlanApi.activities;
import static th.poverty.plan.PlanApi.activity;
import static th.poverty.plan.PlanApi.content;
import static th.poverty.plan.PlanApi.draft;
import static th.poverty.plan.PlanApi.threeActivities;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.plan.HouseholdFeed;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/** Drafting through REST: each bad request is a problem+json naming what failed, and writes nothing. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class DraftingAPlanResourceTest {

    private static final String GOOD = draft(content(threeActivities(false)));

    @Inject
    Pool pool;

    @Test
    void badDraftsAreRefusedByFieldAndWriteNothing() {
        String id = HouseholdFeed.classified("24010102");
        String twoGoals = GOOD.replace("{\"sufficiency\": \"WARM_FAMILY\", \"description\": \"กินข้าวพร้อมหน้ากันทุกเย็น\"}",
                "{\"sufficiency\": \"SUFFICIENT_HAPPINESS\", \"description\": \"ไปวัด\"}");

        draft(id, twoGoals, FIELD_TEAM).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/sufficiency-without-goal")).body("field", equalTo("goals"));
        draft(id, draft(content(List.of(activity(null, "FAMILY", null, "ทำบุญ")))), FIELD_TEAM).statusCode(400)
                .body("field", equalTo("content.activities[0].part"));
        draft(id, draft(content(List.of(activity(null, "HOUSEHOLD", "POVERTY_FUND", "กู้กองทุน")))), FIELD_TEAM)
                .statusCode(422).body("type", equalTo("/problems/activity-outside-its-part"))
                .body("field", equalTo("activities[0].kind"));
        draft(id, GOOD.replace("\"budgetThb\": 1500.50", "\"budgetThb\": -1"), FIELD_TEAM).statusCode(422)
                .body("type", equalTo("/problems/negative-amount")).body("field", equalTo("activities[0].budgetThb"));
        draft(id, GOOD.replace("\"budgetThb\": 1500.50", "\"budgetThb\": 1500.505"), FIELD_TEAM).statusCode(400)
                .body("field", equalTo("content.activities[0].budgetThb"));
        draft(id, GOOD.replace(TODAY, TOMORROW), FIELD_TEAM)
                .statusCode(422).body("type", equalTo("/problems/date-in-future")).body("field", equalTo("draftedOn"));
        draft(id, GOOD.replace(TODAY, "2010-12-31"), FIELD_TEAM)
                .statusCode(422).body("type", equalTo("/problems/date-before-programme")).body("field", equalTo("draftedOn"));
        draft(id, GOOD.replace("\"budgetThb\": 1500.50}", "\"budgetThb\": 1500.50, \"dueOn\": \"2099-01-01\"}"), FIELD_TEAM)
                .statusCode(422).body("type", equalTo("/problems/date-too-far-ahead"))
                .body("field", equalTo("activities[0].dueOn"));
        draft(id, GOOD.replace("\"" + TODAY + "\"", "20000"), FIELD_TEAM).statusCode(400)
                .body("type", equalTo("/problems/malformed-body")).body("field", equalTo("draftedOn"));
        draft(id, draft(content(List.of())), FIELD_TEAM).statusCode(422).body("type", equalTo("/problems/no-activities"));
        draft(id, "{\"draftedOn\": \"" + TODAY + "\"}", FIELD_TEAM).statusCode(400).body("field", equalTo("content"));
        draft(id, GOOD.replace("\"potential\"", "\"wealth\""), FIELD_TEAM).statusCode(400)
                .body("type", equalTo("/problems/malformed-body"));

        assertThat(planEvents(id)).isZero();
    }

    @Test
    void aPlanTooLargeToPublishIsRefusedBeforeAnythingIsWritten() {
        String id = HouseholdFeed.classified("24010108");
        // 120 activities of 800 Thai characters: under 1 MiB of JSON, over the 256 KiB an event may be
        String large = draft(content(activities(120, false).stream()
                .map(activity -> activity.replace("กิจกรรมที่", "ทอผ้า".repeat(160) + " ที่")).toList()));

        draft(id, large, FIELD_TEAM).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/event-too-large"));
        assertThat(planEvents(id)).isZero();
    }

    @Test
    void onlyAClassifiedOpenHouseholdInTheCallersAreaGetsAPlan() {
        String identified = HouseholdFeed.identified("24010103");
        String classified = HouseholdFeed.classified("24010103");

        draft(identified, GOOD, FIELD_TEAM).statusCode(409).body("type", equalTo("/problems/household-not-classified"));
        draft(UUID.randomUUID().toString(), GOOD, FIELD_TEAM).statusCode(404).body("type", equalTo("/problems/not-found"));
        draft(classified, GOOD, Tokens.bearer("korat", "field-team", "30")).statusCode(404);
        draft(classified, GOOD, Tokens.bearer("bank", "partner-agency", "24")).statusCode(403)
                .contentType("application/problem+json");

        HouseholdFeed.event("HouseholdClosed", classified, 5,
                "{\"householdId\": \"" + classified + "\", \"closure\": \"MOVED\", \"duplicateOf\": null}").publish();
        HouseholdFeed.awaitStatus(classified, "CLOSED");
        draft(classified, GOOD, FIELD_TEAM).statusCode(409).body("type", equalTo("/problems/household-closed"));
        assertThat(planEvents(identified) + planEvents(classified)).isZero();
    }

    @Test
    void aHouseholdHasOneOpenPlanAndARetriedDraftCreatesNoSecond() {
        String id = HouseholdFeed.classified("24010104");
        String key = "draft-" + id;

        var created = given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("Idempotency-Key", key)
                .body(GOOD).post("/api/v1/households/" + id + "/plans").then().statusCode(201).extract();
        String planId = created.path("planId");
        assertThat(created.header("Location")).endsWith("/api/v1/plans/" + planId);
        given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("Idempotency-Key", key)
                .body(GOOD).post("/api/v1/households/" + id + "/plans").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("planId", equalTo(planId));
        draft(id, GOOD, FIELD_TEAM).statusCode(409).body("type", equalTo("/problems/plan-already-open"));

        assertThat(planEvents(id)).isEqualTo(1);
    }

    private long planEvents(String householdId) {
        return pool.preparedQuery("select count(*) from events where stream_type = 'plan' and payload->>'householdId' = $1")
                .execute(Tuple.of(householdId)).await().indefinitely().iterator().next().getLong(0);
    }
}
