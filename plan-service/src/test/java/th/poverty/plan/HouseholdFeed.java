package th.poverty.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import th.poverty.testing.PublishedEvent;
import th.poverty.testing.Tokens;

/** household.events as household-service publishes them, and plan-service's view of them awaited. */
public final class HouseholdFeed {

    private static final String EVERYWHERE = Tokens.bearer("tester", "ministry", "");

    private HouseholdFeed() {
    }

    public static PublishedEvent event(String type, String householdId, long version, String payload) {
        return PublishedEvent.household(type, householdId, version, payload);
    }

    /** A household identified in {@code village} (a village of tambon 240101), not yet classified. */
    public static String identified(String village) {
        String id = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(id, village, village.substring(0, 6), village.substring(0, 4)).publish();
        awaitStatus(id, "IDENTIFIED");
        return id;
    }

    /**
     * A household identified in {@code village} and through step 1: the causes in its Family Folder
     * recorded and acknowledged, and classified as able to develop itself (group ข).
     */
    public static String classified(String village) {
        String id = identified(village);
        event("PovertyCausesRecorded", id, 2, "{\"householdId\": \"" + id + "\", \"causes\": []}").publish();
        event("PovertyCausesAcknowledged", id, 3, "{\"householdId\": \"" + id + "\", \"acknowledgedOn\": \"2026-11-20\"}")
                .publish();
        event("HouseholdClassified", id, 4, "{\"householdId\": \"" + id + "\", \"group\": \"SELF_DEVELOPING\"}").publish();
        awaitStatus(id, "CLASSIFIED");
        return id;
    }

    /**
     * A household from a BMN survey of {@code surveyYear} that failed {@code indicators}, verified
     * at a forum: its failed indicators become problems.
     */
    public static String surveyedAndConfirmed(String village, int surveyYear, String indicators) {
        String id = UUID.randomUUID().toString();
        PublishedEvent.household("HouseholdIdentified", id, 1, """
                {"householdId": "%s", "source": "BMN_SURVEY", "provinceCode": "%s", "districtCode": "%s",
                 "tambonCode": "%s", "villageCode": "%s", "identifiedOn": "2026-11-20", "reason": "survey",
                 "headIdHash": "h-%s", "houseHash": null, "surveyYear": %d, "failedIndicators": %s}"""
                .formatted(id, village.substring(0, 2), village.substring(0, 4), village.substring(0, 6), village, id,
                        surveyYear, indicators)).publish();
        event("CandidateConfirmed", id, 2, """
                {"householdId": "%s", "confirmedOn": "2026-11-21", "method": "COMMUNITY_FORUM", "forumId": null}"""
                .formatted(id)).publish();
        awaitStatus(id, "IDENTIFIED");
        return id;
    }

    /** A household classified in group ก with these welfare needs (a JSON array), each opening a referral. */
    public static String inWelfareGroup(String village, String needs) {
        String id = identified(village);
        event("HouseholdClassified", id, 2, """
                {"householdId": "%s", "group": "WELFARE", "welfareNeeds": %s}""".formatted(id, needs)).publish();
        awaitStatus(id, "CLASSIFIED");
        return id;
    }

    public static void awaitStatus(String householdId, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", EVERYWHERE)
                .get("/api/v1/households/" + householdId + "/plan-eligibility").then().statusCode(200)
                .body("status", equalTo(status)));
    }
}
