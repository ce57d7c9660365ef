package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

@QuarkusTest
@TestProfile(RateLimitTest.Strict.class)
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class RateLimitTest {

    /** A limit small enough to reach in a test: 3 at once, then 1 a second. */
    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("web.rate-limit.per-second", "1", "web.rate-limit.burst", "3");
        }
    }

    @Test
    void aClientOverItsLimitIsToldToRetryAndOthersAreNotSlowed() {
        String greedy = Tokens.bearer("greedy", "field-team", "24");
        String path = "/api/v1/households/" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", greedy).get(path).then().statusCode(404);
        }

        given().header("Authorization", greedy).get(path).then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/too-many-requests"));
        given().header("Authorization", Tokens.bearer("patient", "field-team", "24")).get(path).then().statusCode(404);
    }
}
