package th.poverty.team.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static th.poverty.team.Api.FIELD_TEAM;
import static th.poverty.team.Api.as;
import static th.poverty.team.Api.assign;

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
import th.poverty.team.Api;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

/** Households that graduate or close release their carer, once, however often household-service's event arrives. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class HouseholdsLeavingCareTest {

    private static final String DON_KO_KA_6 = "24030606";

    @Inject
    Pool pool;

    @Test
    void aGraduatedHouseholdReleasesItsCarerAsTheServiceCausedByTheEvent() {
        String carer = Api.communityLeaderCarer(DON_KO_KA_6, "ผู้ดูแล จนพ้น");
        String household = HouseholdEventsTopic.needingCare(pool, DON_KO_KA_6);
        assign(carer, household).statusCode(200);

        var graduated = HouseholdEventsTopic.graduated(household);
        HouseholdEventsTopic.publish(List.of(graduated));
        await().atMost(Duration.ofSeconds(30)).until(() -> activeCarers(household) == 0);

        as(FIELD_TEAM).get("/api/v1/carers/{id}/history", carer).then().statusCode(200)
                .body("[2].type", equalTo("CarerReleased"))
                .body("[2].actor", equalTo("team-service"))
                .body("[2].actorRole", equalTo("service"))
                .body("[2].causationId", equalTo(graduated.eventId().toString()))
                .body("[2].reason", containsString("left poverty"))
                .body("[2].payload.release", equalTo("HOUSEHOLD_GRADUATED"));
        as(FIELD_TEAM).get("/api/v1/care/households/{id}", household).then().statusCode(200)
                .body("status.code", equalTo("GRADUATED")).body("formerCarers[0].release.th", equalTo("ครัวเรือนพ้นความยากจน"));
        assign(carer, household).statusCode(409).body("type", equalTo("/problems/household-graduated"));
    }

    @Test
    void aClosedHouseholdReleasesItsCarerOnceHoweverOftenTheEventIsDelivered() {
        String carer = Api.communityLeaderCarer(DON_KO_KA_6, "ผู้ดูแล ครั้งเดียว");
        String household = HouseholdEventsTopic.needingCare(pool, DON_KO_KA_6);
        assign(carer, household).statusCode(200);

        var closed = HouseholdEventsTopic.closed(household, "DIED");
        // the same key keeps them in order: once the reopening is applied, the redeliveries were handled
        HouseholdEventsTopic.publish(List.of(closed, closed, closed, HouseholdEventsTopic.reopened(household)));
        await().atMost(Duration.ofSeconds(30)).until(() -> released(carer) > 0 && "OPEN".equals(status(household)));

        assertThat(released(carer)).isEqualTo(1);
        assertThat(count("select count(*) from inbox where event_id = $1::uuid", closed.eventId().toString())).isEqualTo(1);
        assertThat(activeCarers(household)).isZero();
    }

    @Test
    void aReopenedHouseholdWaitsForACarerAgain() {
        String household = HouseholdEventsTopic.needingCare(pool, DON_KO_KA_6);
        HouseholdEventsTopic.publish(List.of(HouseholdEventsTopic.closed(household, "MOVED")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> awaiting(DON_KO_KA_6).body("items.householdId",
                not(hasItem(household))));

        HouseholdEventsTopic.publish(List.of(HouseholdEventsTopic.reopened(household)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> awaiting(DON_KO_KA_6).body("items.householdId",
                hasItem(household)));
    }

    @Test
    void aHouseholdThatMovesWaitsInItsNewVillageAndKeepsItsCarer() {
        String carer = Api.communityLeaderCarer(DON_KO_KA_6, "ผู้ดูแล ตามไป");
        String household = HouseholdEventsTopic.needingCare(pool, DON_KO_KA_6);
        String stays = HouseholdEventsTopic.needingCare(pool, DON_KO_KA_6);
        assign(carer, household).statusCode(200);

        HouseholdEventsTopic.publish(List.of(HouseholdEventsTopic.moved(household, "24030607"),
                HouseholdEventsTopic.moved(stays, "24030608")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> awaiting("24030608").body("items.householdId",
                hasItem(stays)));
        as(FIELD_TEAM).get("/api/v1/care/households/{id}", household).then()
                .body("area.village.code", equalTo("24030607")).body("carer.carerId", equalTo(carer));
    }

    @Test
    void aStatusChangeOfAHouseholdNeverIdentifiedGoesToTheDeadLetterTopic() {
        var stray = HouseholdEventsTopic.closed(UUID.randomUUID().toString(), "MOVED");
        HouseholdEventsTopic.publish(List.of(stray));

        var dead = KafkaTopics.read("household.events.dlq", r -> r.key().equals(stray.key()), 1);
        assertThat(dead).hasSize(1);
        assertThat(KafkaTopics.header(dead.getFirst(), "dead-letter-reason")).contains("never identified");
    }

    private static ValidatableResponse awaiting(String area) {
        return as(FIELD_TEAM).queryParam("area", area).queryParam("limit", 500).get("/api/v1/care/awaiting-carer").then()
                .statusCode(200);
    }

    private long released(String carer) {
        return count("select count(*) from events where stream_id = $1 and type = 'CarerReleased'", carer);
    }

    private String status(String household) {
        return pool.preparedQuery("select household_status from care_households where household_id = $1")
                .execute(Tuple.of(household)).await().indefinitely().iterator().next().getString(0);
    }

    private long activeCarers(String household) {
        return count("select count(*) from care_assignments where household_id = $1 and released_on is null", household);
    }

    private long count(String sql, String id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }
}
