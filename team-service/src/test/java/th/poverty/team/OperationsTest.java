package th.poverty.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
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
    void aBodyOverTheLimitIsRefusedAsAProblemBeforeItIsRead() {
        given().header("Authorization", Tokens.bearer("bulky", "district-officer", "2401"))
                .contentType("application/json").body("x".repeat(11 * 1024 * 1024))
                .post("/api/v1/carers").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .header("Connection", "close")
                .body("type", equalTo("/problems/body-too-large"));
    }
}
