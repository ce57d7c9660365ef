package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/** What operators and API users rely on besides the API itself: health, metrics, OpenAPI. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class OperationsTest {

    @Test
    void readinessCoversTheDatabaseKafkaAndTheOutboxRelay() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("outbox-relay"))
                .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
    }

    @Test
    void metricsCountAppendedAndPublishedEventsAndTheOutboxLag() {
        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer("somchai", "field-team", "24"))
                .body(NominationTest.nomination(NationalIds.random(), "24010101"))
                .post("/api/v1/households/forum-nominations").then().statusCode(201);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("eventstore_events_appended_total{stream_type=\"household\"}"))
                .body(containsString("eventstore_outbox_lag"))
                .body(containsString("http_server_requests_seconds_count"))
                // buckets, for the p99 latency alert to compute across pods
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("le=\"0.05\""));
    }

    @Test
    void theOpenApiDocumentDescribesTheNominationWithItsProblems() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/households/forum-nominations'.post.summary",
                        equalTo("Nominate a household at a community forum"))
                .body("components.schemas.ForumNomination.properties.villageCode.pattern", equalTo("\\d{8}"));
    }
}
