package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.TokenKeys;
import th.poverty.testing.Tokens;

/** What the services take from a token with a good signature, and what they refuse. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class TokenClaimsTest {

    private final String path = "/api/v1/households/" + UUID.randomUUID();

    @Test
    void aTokenForAnotherServiceIsRefused() {
        given().header("Authorization", Tokens.signed(TokenKeys.claims("somchai", Set.of("field-team"), "24")
                .audience("reporting-service"))).get(path).then().statusCode(401);
        given().header("Authorization", Tokens.signed(TokenKeys.claims("somchai", Set.of("field-team"), "24")
                .audience(Set.of("household-service", "reporting-service")))).get(path).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "2499", "24x", "24010199999", " 24", "*"})
    void anAreaClaimOutsideTheAreaTreeIsRefused(String area) {
        given().header("Authorization", Tokens.signed(TokenKeys.claims("somchai", Set.of("field-team"), area)))
                .get(path).then().statusCode(401);
    }

    @Test
    void aTokenWithoutASubjectIsRefused() {
        given().header("Authorization", Tokens.signed(TokenKeys.claims("somchai", Set.of("field-team"), "24")
                .remove("sub"))).get(path).then().statusCode(401);
    }

    @Test
    void anEndpointThatDeclaresNoRolesIsDeniedToEveryCaller() {
        given().header("Authorization", Tokens.bearer("minister", "ministry", "")).get("/undeclared").then().statusCode(403);
        given().get("/undeclared").then().statusCode(401);
    }

    @Test
    void theActorRecordedIsTheTokensSubjectNotItsLoginName() {
        String token = Tokens.signed(TokenKeys.claims("f3b1c2d4-subject", Set.of("field-team"), "24")
                .upn("somchai.j").preferredUserName("somchai.j"));
        String id = given().header("Authorization", token).contentType(ContentType.JSON)
                .body(NominationTest.nomination(NationalIds.random(), "24010101"))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");

        given().header("Authorization", token).get("/api/v1/households/" + id + "/history").then()
                .statusCode(200)
                .body("[0].actor", equalTo("f3b1c2d4-subject"));
    }
}
