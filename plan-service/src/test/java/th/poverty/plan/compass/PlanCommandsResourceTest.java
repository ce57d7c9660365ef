package th.poverty.plan.compass;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static th.poverty.plan.PlanApi.FIELD_TEAM;
import static th.poverty.plan.PlanApi.TODAY;
import static th.poverty.plan.PlanApi.TOMORROW;
import static th.poverty.plan.PlanApi.activity;
import static th.poverty.plan.PlanApi.agreedPlan;
import static th.poverty.plan.PlanApi.command;
import static th.poverty.plan.PlanApi.content;
import static th.poverty.plan.PlanApi.draftPlan;
import static th.poverty.plan.PlanApi.mou;
import static th.poverty.plan.PlanApi.read;
import static th.poverty.plan.PlanApi.revision;
import static th.poverty.plan.PlanApi.threeActivities;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.plan.HouseholdFeed;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/** The team's commands on a plan through REST: versions, rules as problem+json, and nothing written on refusal. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class PlanCommandsResourceTest {

    private static final String REVISED = revision("เพิ่มการเลี้ยงไก่", content(withChickens()));

    @Inject
    Pool pool;

    private static List<String> withChickens() {
        List<String> activities = new ArrayList<>(threeActivities(true));
        activities.add(activity(null, "HOUSEHOLD", "GROW_FOOD", "เลี้ยงไก่ไข่"));
        return activities;
    }

    @Test
    void writesNeedTheVersionTheCallerRead() {
        String planId = draftPlan(HouseholdFeed.classified("24010105"));

        given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).body(mou())
                .post("/api/v1/plans/" + planId + "/agreement").then()
                .statusCode(428).contentType("application/problem+json").body("field", equalTo("If-Match"));
        command(planId, "agreement", 1, mou(), FIELD_TEAM).statusCode(200).header("ETag", "\"2\"");
        command(planId, "revisions", 1, REVISED, FIELD_TEAM).statusCode(412).contentType("application/problem+json")
                .header("ETag", "\"2\"").body("currentVersion", equalTo(2));
        read("plans/" + planId, FIELD_TEAM).statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        assertThat(events(planId)).isEqualTo(2);
    }

    @Test
    void ofTwoConcurrentRevisionsOneWinsAndTheOtherGetsTheCurrentVersion() throws Exception {
        String planId = agreedPlan(HouseholdFeed.classified("24010105"));
        var barrier = new CyclicBarrier(2);
        List<CompletableFuture<Response>> racing = new ArrayList<>();
        for (String reason : List.of("ครัวเรือนขอเลี้ยงไก่", "ทีมเสนอเลี้ยงไก่")) {
            racing.add(CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("If-Match", "\"2\"")
                        .body(revision(reason, content(withChickens()))).post("/api/v1/plans/" + planId + "/revisions");
            }));
        }
        List<Response> answers = new ArrayList<>();
        for (var answer : racing) {
            answers.add(answer.get());
        }

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 412);
        Response lost = answers.stream().filter(r -> r.statusCode() == 412).findFirst().orElseThrow();
        assertThat(lost.header("ETag")).isEqualTo("\"3\"");
        assertThat(lost.<Integer>path("currentVersion")).isEqualTo(3);
        read("plans/" + planId + "/versions", FIELD_TEAM).statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void theMouNeedsBothSignaturesAndARealDate() {
        String planId = draftPlan(HouseholdFeed.classified("24010105"));

        command(planId, "agreement", 1, mou().replace("\"householdSigned\": true", "\"householdSigned\": false"), FIELD_TEAM)
                .statusCode(422).body("type", equalTo("/problems/household-must-sign")).body("field", equalTo("householdSigned"));
        command(planId, "agreement", 1, mou().replace(TODAY, TOMORROW), FIELD_TEAM)
                .statusCode(422).body("type", equalTo("/problems/date-in-future")).body("field", equalTo("signedOn"));
        command(planId, "agreement", 1, mou().replace("[{\"name\": \"นางสาวมาลี ดีงาม\", \"position\": \"พัฒนากร\"}]", "[]"),
                FIELD_TEAM).statusCode(422).body("type", equalTo("/problems/team-must-sign"));
        command(planId, "agreement", 1, mou().replace("\"HEAD\"", "\"NEIGHBOUR\""), FIELD_TEAM)
                .statusCode(400).body("field", equalTo("householdSignatory"));
        command(planId, "agreement", 1, mou(), FIELD_TEAM).statusCode(200);
        command(planId, "agreement", 2, mou(), FIELD_TEAM).statusCode(409).body("type", equalTo("/problems/already-agreed"));
        assertThat(events(planId)).isEqualTo(2);
    }

    @Test
    void aRevisionChangesSomethingStatesWhyAndKeepsTheRules() {
        String planId = agreedPlan(HouseholdFeed.classified("24010105"));

        command(planId, "revisions", 2, revision(null, content(withChickens())), FIELD_TEAM).statusCode(422)
                .body("type", equalTo("/problems/reason-required")).body("field", equalTo("reason"));
        command(planId, "revisions", 2, revision("ทบทวน", content(threeActivities(true))), FIELD_TEAM).statusCode(422)
                .body("type", equalTo("/problems/nothing-changed"));
        command(planId, "revisions", 2, revision("ผิด", content(List.of(activity("A9", "HOUSEHOLD", null, "x")))), FIELD_TEAM)
                .statusCode(422).body("type", equalTo("/problems/unknown-activity"))
                .body("field", equalTo("activities[0].activityId"));
        command(planId, "revisions", 2, revision("ผิด", content(List.of(activity(null, "NOWHERE", null, "x")))), FIELD_TEAM)
                .statusCode(400).body("field", equalTo("content.activities[0].part"));
        assertThat(events(planId)).isEqualTo(2);

        command(planId, "revisions", 2, REVISED, FIELD_TEAM).statusCode(200).body("planVersion", equalTo(2));
    }

    @Test
    void progressIsRecordedOnActivitiesOfTheAgreedPlan() {
        String draftId = draftPlan(HouseholdFeed.classified("24010105"));
        String planId = agreedPlan(HouseholdFeed.classified("24010105"));
        String progress = "{\"status\": \"IN_PROGRESS\", \"progressOn\": \"" + TODAY + "\", \"note\": \"จดครบทุกวัน\"}";

        command(draftId, "activities/A1/progress", 1, progress, FIELD_TEAM).statusCode(409)
                .body("type", equalTo("/problems/plan-not-agreed"));
        command(planId, "activities/A9/progress", 2, progress, FIELD_TEAM).statusCode(422)
                .body("type", equalTo("/problems/unknown-activity"));
        command(planId, "activities/A1/progress", 2, progress.replace(TODAY, TOMORROW), FIELD_TEAM).statusCode(422)
                .body("field", equalTo("progressOn"));
        command(planId, "activities/A1/progress", 2, progress, FIELD_TEAM).statusCode(200)
                .body("content.activities[0].progress.note", equalTo("จดครบทุกวัน"))
                .body("content.activities[0].progress.status.th", equalTo("กำลังดำเนินการ"));
    }

    @Test
    void aPlanIsCompletedOrClosedAndThenTakesNoMoreChanges() {
        String completed = agreedPlan(HouseholdFeed.classified("24010105"));
        String closed = draftPlan(HouseholdFeed.classified("24010105"));

        command(completed, "completion", 2, "{\"completedOn\": \"" + TODAY + "\", \"reason\": \"ทำตามแผนครบ\"}", FIELD_TEAM)
                .statusCode(200).body("status.code", equalTo("COMPLETED")).body("endedOn", equalTo(TODAY));
        command(completed, "revisions", 3, REVISED, FIELD_TEAM).statusCode(409).body("type", equalTo("/problems/plan-completed"));
        command(closed, "closure", 1, "{\"closedOn\": \"" + TODAY + "\", \"closure\": \"HOUSEHOLD_WITHDREW\"}", FIELD_TEAM)
                .statusCode(422).body("type", equalTo("/problems/reason-required"));
        command(closed, "closure", 1, "{\"closedOn\": \"" + TODAY + "\", \"closure\": \"HOUSEHOLD_WITHDREW\", "
                + "\"reason\": \"ครัวเรือนขอยุติ\"}", FIELD_TEAM)
                .statusCode(200).body("status.th", equalTo("ปิดแผน")).body("closure.code", equalTo("HOUSEHOLD_WITHDREW"));
    }

    @Test
    void theOpenPlanOfAClosedHouseholdCanOnlyBeClosedAndAReopenedOneGoesOn() {
        String householdId = HouseholdFeed.classified("24010105");
        String planId = agreedPlan(householdId);

        HouseholdFeed.event("HouseholdClosed", householdId, 5, "{\"householdId\": \"" + householdId + "\"}").publish();
        HouseholdFeed.awaitStatus(householdId, "CLOSED");
        command(planId, "revisions", 2, REVISED, FIELD_TEAM).statusCode(409).body("type", equalTo("/problems/household-closed"));

        HouseholdFeed.event("HouseholdReopened", householdId, 6, "{\"householdId\": \"" + householdId + "\"}").publish();
        HouseholdFeed.awaitStatus(householdId, "CLASSIFIED");
        command(planId, "revisions", 2, REVISED, FIELD_TEAM).statusCode(200);
    }

    @Test
    void aPlanOutsideTheCallersAreaIsNotFoundAndOtherRolesMayNotChangeIt() {
        String planId = agreedPlan(HouseholdFeed.classified("24010105"));
        String korat = Tokens.bearer("korat", "field-team", "30");

        read("plans/" + planId, korat).statusCode(404).contentType("application/problem+json");
        read("plans/" + planId + "/versions", korat).statusCode(404);
        command(planId, "revisions", 2, REVISED, korat).statusCode(404);
        command(planId, "revisions", 2, REVISED, Tokens.bearer("bank", "partner-agency", "24")).statusCode(403);
        read("plans/" + planId, Tokens.bearer("amphoe", "district-officer", "2401")).statusCode(200);
        read("plans/" + planId + "/versions/7", FIELD_TEAM).statusCode(404);
        read("plans/" + planId + "/changes?from=1", FIELD_TEAM).statusCode(400).body("field", equalTo("to"));
        read("plans/" + planId + "/changes?from=one&to=2", FIELD_TEAM).statusCode(400).body("field", equalTo("from"));
        given().contentType(ContentType.JSON).body(REVISED).post("/api/v1/plans/" + planId + "/revisions").then()
                .statusCode(401).contentType("application/problem+json");
        assertThat(events(planId)).isEqualTo(2);
    }

    @Test
    void theOpenApiDocumentDescribesThePlanCommands() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/plans/{planId}/revisions'.post.summary", notNullValue())
                .body("paths.'/api/v1/plans/{planId}/assistance'.post.summary", notNullValue())
                .body("components.schemas.ActivityPart.enum", equalTo(List.of("HOUSEHOLD", "COMMUNITY", "AGENCY")));
    }

    @Test
    void theAsyncApiDocumentOfPlanEventsIsServedAsTheOtherServicesServeTheirs() {
        assertThat(given().get("/asyncapi.yaml").then().statusCode(200).extract().asString())
                .startsWith("asyncapi: 2.6.0").contains("ProblemIdentified:").contains("IncomeRecorded:");
    }

    private long events(String planId) {
        return pool.preparedQuery("select count(*) from events where stream_id = $1").execute(Tuple.of(planId))
                .await().indefinitely().iterator().next().getLong(0);
    }
}
