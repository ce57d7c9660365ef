package th.poverty.team;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class OperationsTest {

    @Test
    void theOpenApiDocumentDescribesTeamsCarersAndCare() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/teams"))
                .body("paths", hasKey("/api/v1/teams/{teamId}/members/{memberId}/replacement"))
                .body("paths", hasKey("/api/v1/carers/{carerId}/households"))
                .body("paths", hasKey("/api/v1/care/households/{householdId}/reassignment"))
                .body("paths", hasKey("/api/v1/care/proposals/{proposalId}/confirmation"))
                .body("paths", hasKey("/api/v1/care/coverage"))
                .body("paths", hasKey("/api/v1/care/leaders"));
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedAsAProblemBeforeItIsRead() {
        given().header("Authorization", Tokens.bearer("bulky", "district-officer", "2401"))
                .contentType("application/json").body("x".repeat(1024 * 1024 + 1))
                .post("/api/v1/carers").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .header("Connection", "close")
                .body("type", equalTo("/problems/body-too-large"));
        // at the limit it is read, and found to be no JSON
        given().header("Authorization", Tokens.bearer("bulky", "district-officer", "2401"))
                .contentType("application/json").body("x".repeat(1024 * 1024))
                .post("/api/v1/carers").then()
                .statusCode(400);
    }

    @Test
    void aBodyInACharsetOtherThanUtf8IsRefused() {
        given().header("Authorization", Tokens.bearer("tis", "district-officer", "2401"))
                .contentType("application/json; charset=TIS-620").body("{\"areaCode\": \"2401\"}".getBytes())
                .post("/api/v1/care/proposals").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-charset"));
        given().header("Authorization", Tokens.bearer("tis", "district-officer", "2401"))
                .contentType("application/json; charset=\"UTF-8\"").body("{}".getBytes())
                .post("/api/v1/care/proposals").then()
                .statusCode(400);
    }

    @Test
    void aChunkedBodyIsRefused() throws Exception {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            var chunked = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/carers"))
                    .header("Authorization", Tokens.bearer("bulky", "district-officer", "2401"))
                    .header("Content-Type", "application/json")
                    // a publisher of unknown length: the body goes out chunked
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes())))
                    .build();
            var answer = http.send(chunked, HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(411);
            assertThat(answer.body()).contains("/problems/length-required");
        }
    }
}
