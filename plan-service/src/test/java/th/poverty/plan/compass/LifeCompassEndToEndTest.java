package th.poverty.plan.compass;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static th.poverty.plan.PlanApi.FIELD_TEAM;
import static th.poverty.plan.PlanApi.command;
import static th.poverty.plan.PlanApi.content;
import static th.poverty.plan.PlanApi.draft;
import static th.poverty.plan.PlanApi.mou;
import static th.poverty.plan.PlanApi.read;
import static th.poverty.plan.PlanApi.revision;
import static th.poverty.plan.PlanApi.threeActivities;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.poverty.plan.HouseholdFeed;
import th.poverty.plan.PlanApi;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

/**
 * From household-service's HouseholdIdentified, HouseholdClassified and the Family Folder's causes
 * on household.events to a
 * plan drafted, signed by MOU and revised through REST, the revision read back in the plan's
 * history, and every plan event on plan.events as its AsyncAPI document describes it.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class LifeCompassEndToEndTest {

    @Test
    void fromClassificationToASignedPlanToARevisionInItsHistory() {
        String householdId = HouseholdFeed.identified("24010101");
        draft(householdId, draft(content(threeActivities(false))), FIELD_TEAM).statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("/problems/household-not-classified"));

        HouseholdFeed.event("HouseholdClassified", householdId, 4,
                "{\"householdId\": \"" + householdId + "\", \"group\": \"SELF_DEVELOPING\"}").publish();
        HouseholdFeed.awaitStatus(householdId, "CLASSIFIED");
        // step 1 is not done until the Family Folder's causes are recorded and acknowledged
        draft(householdId, draft(content(threeActivities(false))), FIELD_TEAM).statusCode(409)
                .body("type", equalTo("/problems/causes-not-recorded"));
        HouseholdFeed.event("PovertyCausesRecorded", householdId, 5,
                "{\"householdId\": \"" + householdId + "\", \"causes\": []}").publish();
        HouseholdFeed.event("PovertyCausesAcknowledged", householdId, 6,
                "{\"householdId\": \"" + householdId + "\", \"acknowledgedOn\": \"2026-11-20\"}").publish();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", FIELD_TEAM)
                .get("/api/v1/households/" + householdId + "/plan-eligibility").then().body("eligible", equalTo(true)));

        String planId = given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM)
                .header("Idempotency-Key", "e2e-" + householdId).body(draft(content(threeActivities(false))))
                .post("/api/v1/households/" + householdId + "/plans").then()
                .statusCode(201).header("ETag", "\"1\"")
                .body("status.code", equalTo("DRAFT"))
                .body("careGroup.th", equalTo("กลุ่ม ข พัฒนาตนเองได้"))
                .body("content.activities.activityId", contains("A1", "A2", "A3"))
                .body("content.activities[2].part.th", equalTo("หน่วยงาน"))
                .body("content.goals[2].sufficiency.th", equalTo("ครอบครัวอบอุ่นพอเพียง"))
                .extract().path("planId");

        command(planId, "agreement", 1, mou(), FIELD_TEAM).statusCode(200).header("ETag", "\"2\"")
                .body("status.code", equalTo("AGREED"))
                .body("agreement.householdSignatory.th", equalTo("หัวหน้าครัวเรือน"))
                .body("agreement.teamSignatories[0].position", equalTo("พัฒนากร"));

        List<String> revised = new ArrayList<>(threeActivities(true));
        revised.add(PlanApi.activity(null, "HOUSEHOLD", "GROW_FOOD", "เลี้ยงไก่ไข่"));
        command(planId, "revisions", 2, revision("ครัวเรือนขอเพิ่มการเลี้ยงไก่ไข่", content(revised)), FIELD_TEAM)
                .statusCode(200).header("ETag", "\"3\"")
                .body("planVersion", equalTo(2))
                .body("status.code", equalTo("AGREED"))
                .body("agreement.planVersion", equalTo(1))
                .body("content.activities.activityId", contains("A1", "A2", "A3", "A4"));

        read("plans/" + planId + "/versions", FIELD_TEAM).statusCode(200)
                .body("", hasSize(2))
                .body("kind", contains("DRAFTED", "REVISED"))
                .body("[1].reason", equalTo("ครัวเรือนขอเพิ่มการเลี้ยงไก่ไข่"))
                .body("[1].actor", equalTo("somchai"))
                .body("[1].actorRole", equalTo("field-team"))
                .body("[1].changes", hasSize(1))
                .body("[1].changes[0].field", equalTo("activities[A4]"))
                .body("[1].changes[0].kind", equalTo("ADDED"))
                .body("[1].changes[0].after", equalTo("HOUSEHOLD/GROW_FOOD: เลี้ยงไก่ไข่"));
        read("plans/" + planId + "/versions/1", FIELD_TEAM).statusCode(200)
                .body("content.activities", hasSize(3)).body("kind", equalTo("DRAFTED"));
        read("plans/" + planId + "/changes?from=1&to=2", FIELD_TEAM).statusCode(200)
                .body("changes.field", contains("activities[A4]"));
        read("plans/" + planId + "/history", FIELD_TEAM).statusCode(200)
                .body("type", contains("PlanDrafted", "PlanAgreed", "PlanRevised"))
                .body("[2].reason", equalTo("ครัวเรือนขอเพิ่มการเลี้ยงไก่ไข่"))
                .body("[2].payload.changes.field", hasItem("activities[A4]"));
        read("households/" + householdId + "/plans", FIELD_TEAM).statusCode(200)
                .body("planId", contains(planId)).body("[0].planVersion", equalTo(2));

        var published = KafkaTopics.read("plan.events", r -> r.key().equals(planId), 3);
        assertThat(published).extracting(r -> KafkaTopics.header(r, "ce_type"))
                .containsExactly("PlanDrafted", "PlanAgreed", "PlanRevised");
        for (var record : published) {
            Map<String, String> headers = new HashMap<>();
            record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
            assertThat(AsyncApi.DOCUMENT.headerErrors(headers)).as(headers.toString()).isEmpty();
            assertThat(AsyncApi.DOCUMENT.payloadErrors(headers.get("ce_type"), record.value())).as(record.value()).isEmpty();
            assertThat(headers).containsEntry("ce_subject", planId).containsEntry("ce_areacode", "24010101");
        }
    }
}
