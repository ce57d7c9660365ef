package th.poverty.team.care;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.PublishedEvent;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class HouseholdEventsConsumerTest {

    private static final String DISTRICT_OFFICER = Tokens.bearer("district", "district-officer", "2411");

    @Inject
    Pool pool;

    /**
     * Step 4, item 1: identified is not yet waiting. A household waits for a carer once its compass
     * is agreed (PlanAgreed on plan.events, which may come before household.events brings the
     * household) or once it is classified ก (welfare); in its real district, seen only there.
     */
    @Test
    void aHouseholdWaitsForACarerOnceItsCompassIsAgreedOrItIsInTheWelfareGroup() {
        String agreed = UUID.randomUUID().toString();
        String welfare = UUID.randomUUID().toString();
        String reclassified = UUID.randomUUID().toString();
        String agreedFirst = UUID.randomUUID().toString();
        HouseholdEventsTopic.publish(List.of(HouseholdEventsTopic.compassAgreed(agreedFirst, "2026-11-18")));
        for (String id : List.of(agreed, welfare, reclassified, agreedFirst)) {
            PublishedEvent.householdIdentified(id, "24110101", "241101", "2411").publish();
        }
        var selfDeveloping = HouseholdEventsTopic.classified(agreed, "SELF_DEVELOPING");
        HouseholdEventsTopic.publish(List.of(selfDeveloping, HouseholdEventsTopic.classified(welfare, "WELFARE"),
                HouseholdEventsTopic.classified(reclassified, "WELFARE")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> awaiting("2411")
                .body("items.householdId", hasItems(welfare, agreedFirst, reclassified)));
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(selfDeveloping));
        awaiting("2411").body("items.householdId", not(hasItem(agreed)));

        // classified ข instead: no longer waiting, until its compass is agreed
        HouseholdEventsTopic.publish(List.of(HouseholdEventsTopic.classified(reclassified, "SELF_DEVELOPING")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> awaiting("2411")
                .body("items.householdId", not(hasItem(reclassified))));

        HouseholdEventsTopic.publish(List.of(HouseholdEventsTopic.compassAgreed(agreed, "2026-11-20")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> awaiting("2411").body("items.householdId", hasItem(agreed)));

        given().header("Authorization", Tokens.bearer("muang", "district-officer", "2402"))
                .queryParam("area", "2402").queryParam("limit", 500)
                .get("/api/v1/care/awaiting-carer").then().statusCode(200)
                .body("items.householdId", not(hasItem(agreed)));
        given().header("Authorization", Tokens.bearer("korat", "district-officer", "30"))
                .queryParam("area", "2411").get("/api/v1/care/awaiting-carer").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    private boolean handled(PublishedEvent event) {
        return pool.preparedQuery("select count(*) from inbox where event_id = $1").execute(Tuple.of(event.eventId()))
                .await().indefinitely().iterator().next().getLong(0) == 1;
    }

    private static ValidatableResponse awaiting(String area) {
        return given().header("Authorization", DISTRICT_OFFICER).queryParam("area", area).queryParam("limit", 500)
                .get("/api/v1/care/awaiting-carer").then().statusCode(200);
    }

    /**
     * Closed, reopened, then the closing delivered again: only the inbox tells the old closing
     * from a new one. The last event, a move to another village with the same key, is handled
     * after the redelivery, so once it shows the redelivery has been handled.
     */
    @Test
    void aRedeliveredClosingDoesNotCloseAReopenedHousehold() {
        String id = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(id, "24010101", "240101", "2401").publish();
        var closed = PublishedEvent.household("HouseholdClosed", id, 2,
                "{\"householdId\": \"%s\", \"closure\": \"MOVED\"}".formatted(id)).publish();
        PublishedEvent.household("HouseholdReopened", id, 3, "{\"householdId\": \"%s\"}".formatted(id)).publish();
        closed.publish();
        PublishedEvent.household("HouseholdDetailsCorrected", id, 4, """
                {"householdId": "%s", "provinceCode": "24", "districtCode": "2401", "tambonCode": "240101",
                 "villageCode": "24010102"}""".formatted(id)).publish();

        await().atMost(Duration.ofSeconds(30)).until(() -> "24010102".equals(column(id, "village_code")));
        assertThat(column(id, "household_status")).isEqualTo("OPEN");
        assertThat(pool.preparedQuery("select count(*) from inbox where event_id = $1")
                .execute(Tuple.of(closed.eventId())).await().indefinitely().iterator().next().getLong(0))
                .isEqualTo(1);
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String broken = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(broken, "24010101", "240101", "2401").withValue("{\"householdId\": 42").publish();
        String incomplete = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(incomplete, "24010101", "240101", "2401")
                .withValue("{\"householdId\": \"" + incomplete + "\"}").publish();
        String next = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(next, "24010101", "240101", "2401").publish();

        await().atMost(Duration.ofSeconds(30)).until(() -> rows(next) == 1);
        var dead = KafkaTopics.read("household.events.dlq", r -> r.key().equals(broken) || r.key().equals(incomplete), 2);
        assertThat(dead).extracting(r -> r.key()).containsExactlyInAnyOrder(broken, incomplete);
        assertThat(dead).allSatisfy(r -> assertThat(KafkaTopics.header(r, "dead-letter-reason")).contains("HouseholdIdentified"));
        assertThat(rows(incomplete)).isZero();
    }

    @Test
    void theListNeedsAKnownAreaAndABoundedPage() {
        given().header("Authorization", DISTRICT_OFFICER).get("/api/v1/care/awaiting-carer").then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("area"));
        given().header("Authorization", DISTRICT_OFFICER).queryParam("area", "99").get("/api/v1/care/awaiting-carer").then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", DISTRICT_OFFICER).queryParam("area", "2411").queryParam("limit", 100_000)
                .get("/api/v1/care/awaiting-carer").then().statusCode(400).body("field", equalTo("limit"));
        given().queryParam("area", "2411").get("/api/v1/care/awaiting-carer").then().statusCode(401);
    }

    private String column(String householdId, String column) {
        var rows = pool.preparedQuery("select " + column + " from care_households where household_id = $1")
                .execute(Tuple.of(householdId)).await().indefinitely();
        return rows.size() == 0 ? null : rows.iterator().next().getString(0);
    }

    private long rows(String householdId) {
        return pool.preparedQuery("select count(*) from care_households where household_id = $1")
                .execute(Tuple.of(householdId)).await().indefinitely().iterator().next().getLong(0);
    }
}
