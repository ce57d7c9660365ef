package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.testing.Infrastructure;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class VerifiedTokensTest {

    private final String path = "/api/v1/households/" + UUID.randomUUID();

    @Inject
    MeterRegistry registry;

    @Test
    void aVerifiedTokenIsRecognisedWithoutASecondCheckUntilItExpires() {
        String token = "Bearer " + Infrastructure.shared().tokenKeys().mint("short-lived", Set.of("field-team"), "24",
                Duration.ofSeconds(8));
        double before = reused();

        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).get(path).then().statusCode(404);
        }
        assertThat(reused() - before).as("the second and third requests reuse the first one's check").isEqualTo(2);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().header("Authorization", token).get(path).then().statusCode(401));
    }

    @Test
    void aTokenDifferingFromAVerifiedOneInOneCharacterIsCheckedAfreshAndRefused() {
        String token = Tokens.bearer("careful", "field-team", "24");
        given().header("Authorization", token).get(path).then().statusCode(404);

        int at = token.length() - 10; // inside the signature
        String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        given().header("Authorization", tampered).get(path).then().statusCode(401);
        given().header("Authorization", Tokens.forged("careful", "field-team", "24")).get(path).then().statusCode(401);
        given().header("Authorization", token).get(path).then().statusCode(404);
    }

    private double reused() {
        var counter = registry.find("web.verified.tokens.reused").counter();
        return counter == null ? 0 : counter.count();
    }
}
