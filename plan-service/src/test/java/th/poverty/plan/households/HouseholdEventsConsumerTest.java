package th.poverty.plan.households;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.plan.HouseholdFeed;
import th.poverty.plan.PlanApi;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.PublishedEvent;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class HouseholdEventsConsumerTest {

    private static final String FIELD_TEAM = Tokens.bearer("somchai", "field-team", "24");

    @Inject
    Pool pool;

    @Test
    void anIdentifiedHouseholdIsKnownButNotYetEligibleForAPlan() {
        String id = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(id, "24010103", "240101", "2401").publish();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", FIELD_TEAM)
                .get("/api/v1/households/" + id + "/plan-eligibility").then().statusCode(200)
                .body("status", equalTo("IDENTIFIED"))
                .body("villageCode", equalTo("24010103"))
                .body("eligible", equalTo(false)));
        given().header("Authorization", Tokens.bearer("korat", "field-team", "30"))
                .get("/api/v1/households/" + id + "/plan-eligibility").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Step 1 before step 2: the compass waits for the Family Folder's causes and their acknowledgement. */
    @Test
    void aClassifiedHouseholdIsEligibleOnlyOnceItsCausesAreRecordedAndAcknowledged() {
        String id = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(id, "24010104", "240101", "2401").publish();
        HouseholdFeed.event("HouseholdClassified", id, 4, "{\"householdId\": \"" + id + "\", \"group\": \"WELFARE\"}")
                .publish();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> eligibility(id, FIELD_TEAM).statusCode(200)
                .body("status", equalTo("CLASSIFIED"))
                .body("eligible", equalTo(false))
                .body("missing.code", contains("causes-not-recorded")));

        HouseholdFeed.event("PovertyCausesRecorded", id, 5, "{\"householdId\": \"" + id + "\", \"causes\": []}").publish();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> eligibility(id, FIELD_TEAM)
                .body("missing.code", contains("causes-not-acknowledged")));

        HouseholdFeed.event("PovertyCausesAcknowledged", id, 6,
                "{\"householdId\": \"" + id + "\", \"acknowledgedOn\": \"2026-11-20\"}").publish();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> eligibility(id, FIELD_TEAM)
                .body("eligible", equalTo(true))
                .body("missing", empty()));

        // causes written anew are the household's to acknowledge again
        HouseholdFeed.event("PovertyCausesRecorded", id, 7, "{\"householdId\": \"" + id + "\", \"causes\": []}").publish();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> eligibility(id, FIELD_TEAM)
                .body("eligible", equalTo(false))
                .body("missing.code", contains("causes-not-acknowledged")));
    }

    /**
     * Closed, reopened, then the closing delivered again: only the inbox tells the old closing
     * from a new one. The move after it has the same key, so once it shows, the redelivery and
     * the poison message before it have been handled.
     */
    @Test
    void aRedeliveredClosingDoesNotCloseAReopenedHouseholdAndAPoisonOneIsDeadLettered() {
        String id = HouseholdFeed.classified("24010113");
        var closed = HouseholdFeed.event("HouseholdClosed", id, 5, "{\"householdId\": \"" + id + "\", \"closure\": \"DIED\"}")
                .publish();
        HouseholdFeed.event("HouseholdReopened", id, 6, "{\"householdId\": \"" + id + "\"}").publish();
        closed.publish();
        var poison = HouseholdFeed.event("HouseholdClassified", id, 7, "[]").publish();
        HouseholdFeed.event("HouseholdDetailsCorrected", id, 8, """
                {"householdId": "%s", "provinceCode": "24", "districtCode": "2401", "tambonCode": "240101",
                 "villageCode": "24010114"}""".formatted(id)).publish();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> eligibility(id, FIELD_TEAM)
                .body("villageCode", equalTo("24010114")));
        eligibility(id, FIELD_TEAM).body("status", equalTo("CLASSIFIED")).body("eligible", equalTo(true));
        assertThat(count("select count(*) from inbox where event_id = $1::uuid", closed.eventId().toString())).isEqualTo(1);
        assertThat(KafkaTopics.read("household.events.dlq", r -> r.key().equals(id), 1)).singleElement()
                .satisfies(dead -> assertThat(KafkaTopics.header(dead, "ce_id")).isEqualTo(poison.eventId().toString()));
    }

    /** Progress notes, a revision's reason, an assistance's description: gone from plan-service with the household's personal data. */
    @Test
    void erasingTheHouseholdsPersonalDataErasesWhatThePlanSaysOfIt() {
        String id = HouseholdFeed.classified("24010115");
        String planId = PlanApi.agreedPlan(id);
        PlanApi.command(planId, "activities/A1/progress", 2,
                "{\"status\": \"IN_PROGRESS\", \"progressOn\": \"" + PlanApi.TODAY + "\", \"note\": \"แม่ป่วยหนัก\"}",
                PlanApi.FIELD_TEAM).statusCode(200).body("content.activities[0].progress.note", equalTo("แม่ป่วยหนัก"));
        assertThat(count("select count(*) from free_texts where subject_id = $1", id)).isPositive();

        HouseholdFeed.event("PersonalDataErased", id, 6, "{\"householdId\": \"" + id + "\"}").publish();

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from free_texts where subject_id = $1", id) == 0);
        PlanApi.read("plans/" + planId, PlanApi.FIELD_TEAM).statusCode(200)
                .body("content.activities[0].progress.status.code", equalTo("IN_PROGRESS"))
                .body("content.activities[0].progress.note", nullValue());
        PlanApi.read("plans/" + planId + "/history", PlanApi.FIELD_TEAM).statusCode(200)
                .body("reason", everyItem(nullValue()));
    }

    @Test
    void anUnknownHouseholdIsNotFound() {
        given().header("Authorization", FIELD_TEAM).get("/api/v1/households/" + UUID.randomUUID() + "/plan-eligibility")
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void classificationMakesAHouseholdEligibleAndClosureGraduationTakeItAway() {
        String id = HouseholdFeed.classified("24010111");
        eligibility(id, FIELD_TEAM).body("eligible", equalTo(true));
        assertThat(group(id)).isEqualTo("SELF_DEVELOPING");

        HouseholdFeed.event("HouseholdClosed", id, 5, "{\"householdId\": \"" + id + "\", \"closure\": \"DIED\"}").publish();
        HouseholdFeed.awaitStatus(id, "CLOSED");
        eligibility(id, FIELD_TEAM).body("eligible", equalTo(false)).body("reason", equalTo("the household is closed"));
        HouseholdFeed.event("HouseholdReopened", id, 6, "{\"householdId\": \"" + id + "\"}").publish();
        HouseholdFeed.awaitStatus(id, "CLASSIFIED");
        HouseholdFeed.event("HouseholdGraduated", id, 7, """
                {"householdId": "%s", "graduatedOn": "2026-11-20", "annualIncomePerPerson": 52000, "threshold": 38000}"""
                .formatted(id)).publish();
        HouseholdFeed.awaitStatus(id, "GRADUATED");
        eligibility(id, FIELD_TEAM).body("eligible", equalTo(false));
    }

    @Test
    void aCorrectedVillageMovesTheHouseholdAndOtherCorrectionsLeaveItWhereItIs() {
        String id = HouseholdFeed.classified("24010112");
        String correction = """
                {"householdId": "%s", "provinceCode": %s, "districtCode": %s, "tambonCode": %s, "villageCode": %s,
                 "members": 5, "personalFields": ["head.phone"]}""";

        HouseholdFeed.event("HouseholdDetailsCorrected", id, 5, correction.formatted(id, "null", "null", "null", "null"))
                .publish();
        HouseholdFeed.event("HouseholdDetailsCorrected", id, 6,
                correction.formatted(id, "\"24\"", "\"2401\"", "\"240102\"", "\"24010201\"")).publish();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                eligibility(id, Tokens.bearer("bang-phra", "field-team", "240102")).body("villageCode", equalTo("24010201")));
        eligibility(id, Tokens.bearer("tambon-1", "field-team", "240101")).statusCode(404);
    }

    @Test
    void anEventAboutAHouseholdNeverIdentifiedIsDeadLettered() {
        String stranger = UUID.randomUUID().toString();
        HouseholdFeed.event("HouseholdClassified", stranger, 4, "{\"householdId\": \"" + stranger + "\", \"group\": \"WELFARE\"}")
                .publish();
        String oddGroup = HouseholdFeed.identified("24010113");
        HouseholdFeed.event("HouseholdClassified", oddGroup, 4, "{\"householdId\": \"" + oddGroup + "\", \"group\": \"RICH\"}")
                .publish();

        assertThat(KafkaTopics.read("household.events.dlq", r -> r.key().equals(stranger) || r.key().equals(oddGroup), 2))
                .hasSize(2);
        eligibility(oddGroup, FIELD_TEAM).body("status", equalTo("IDENTIFIED"));
    }

    private static ValidatableResponse eligibility(String id, String token) {
        return given().header("Authorization", token).get("/api/v1/households/" + id + "/plan-eligibility").then();
    }

    private String group(String id) {
        return pool.preparedQuery("select care_group from plan_households where household_id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getString(0);
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong(0);
    }
}
