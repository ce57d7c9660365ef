package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Metrics;
import th.poverty.testing.Tokens;

@QuarkusTest
@TestProfile(RateLimitTest.Strict.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class RateLimitTest {

    /**
     * A limit small enough to reach in a test: 3 at once, then one every 20 seconds, so a slow
     * machine's pauses between requests refill nothing the test counts on.
     */
    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("web.rate-limit.per-second", "0.05", "web.rate-limit.burst", "3");
        }
    }

    @TestHTTPResource("/")
    URI root;

    private final String path = "/api/v1/households/" + UUID.randomUUID();

    @Test
    @Order(1)
    void aVerifiedCallerIsLimitedBySubjectHoweverManyTokensItHoldsAndOthersAreNotSlowed() {
        // a token's first request is verified, and counted against the client's address
        String greedy = Tokens.bearer("greedy", "field-team", "24");
        given().header("Authorization", greedy).get(path).then().statusCode(404);
        // from then on against its subject: 3 at once
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", greedy).get(path).then().statusCode(404);
        }
        given().header("Authorization", greedy).get(path).then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/too-many-requests"));

        // a fresh token of the same subject brings no fresh bucket
        String another = Tokens.bearer("greedy", "field-team", "24");
        given().header("Authorization", another).get(path).then().statusCode(404);
        given().header("Authorization", another).get(path).then().statusCode(429);

        // another caller at the same address has its own
        String patient = Tokens.bearer("patient", "field-team", "24");
        for (int i = 0; i < 4; i++) {
            given().header("Authorization", patient).get(path).then().statusCode(404);
        }
    }

    @Test
    @Order(2)
    void madeUpTokensAreLimitedByTheirAddressAndLeaveNoBucketEach() throws Exception {
        double clientsBefore = clients();
        Map<Integer, Integer> answers = new TreeMap<>();
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (int i = 0; i < 10_000; i++) {
                var request = HttpRequest.newBuilder(root.resolve(path))
                        .header("Authorization", "Bearer made-up-" + UUID.randomUUID()).GET().build();
                answers.merge(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode(), 1, Integer::sum);
            }
        }

        // refused at the address once its burst is spent (the first test spent most of it), never served
        assertThat(answers.keySet()).isSubsetOf(401, 429);
        assertThat(answers.get(429)).isGreaterThan(9_000);
        // one bucket for the address, none per token
        assertThat(clients()).isLessThanOrEqualTo(clientsBefore + 1);
    }

    private double clients() throws IOException {
        return Metrics.sample(given().get("/q/metrics").then().statusCode(200).extract().asString(),
                "web_rate_limit_clients").orElseThrow(() -> new IOException("no web_rate_limit_clients gauge"));
    }
}
