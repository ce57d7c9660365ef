package th.poverty.plan.households;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
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

    @Test
    void aRedeliveredEventIsSkippedAndAPoisonOneDeadLettered() {
        String id = UUID.randomUUID().toString();
        var event = PublishedEvent.householdIdentified(id, "24010101", "240101", "2401").publish();
        event.publish();
        String poison = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(poison, "24010101", "240101", "2401").withValue("[]").publish();
        String next = UUID.randomUUID().toString();
        PublishedEvent.householdIdentified(next, "24010101", "240101", "2401").publish();

        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from plan_households where household_id = $1", next) == 1);
        assertThat(count("select count(*) from inbox where event_id = $1::uuid", event.eventId().toString())).isEqualTo(1);
        assertThat(KafkaTopics.read("household.events.dlq", r -> r.key().equals(poison), 1)).hasSize(1);
    }

    @Test
    void anUnknownHouseholdIsNotFound() {
        given().header("Authorization", FIELD_TEAM).get("/api/v1/households/" + UUID.randomUUID() + "/plan-eligibility")
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong(0);
    }
}
