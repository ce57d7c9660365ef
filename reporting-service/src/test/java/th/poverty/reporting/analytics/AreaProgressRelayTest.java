package th.poverty.reporting.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AreaProgressRelayTest {

    /** Used by this test only, so its numbers are this test's. */
    private static final String VILLAGE = "24020290";
    private static final int HOUSEHOLDS = 40;

    @Test
    void aBurstOfChangesToAnAreaIsPublishedCoalescedAndEndsWithItsLatestProgress() {
        for (int i = 0; i < HOUSEHOLDS; i++) {
            String h = newId();
            household(h, 1, "HouseholdIdentified", identified(h, VILLAGE, 30_000), Instant.now());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> given()
                .header("Authorization", Tokens.bearer("ministry", "ministry", ""))
                .get("/api/v1/areas/{code}/progress", VILLAGE).then().statusCode(200).extract()
                .jsonPath().getLong("identified.bmnSurvey") == HOUSEHOLDS);

        var published = KafkaTopics.read("analytics.area-progress", record -> VILLAGE.equals(record.key()), 1);
        List<Long> identified = published.stream().map(r -> JsonPath.from(r.value()).getLong("identified.bmnSurvey")).toList();
        List<Instant> sent = published.stream().map(r -> Instant.parse(KafkaTopics.header(r, "ce_time"))).toList();

        // nothing lost by coalescing: the numbers only grow, and the last message is the area's progress
        assertThat(identified).isSorted().last().isEqualTo((long) HOUSEHOLDS);
        // fewer messages than changes, each batch at least reporting.analytics.min-interval after the one before
        // (one message per change, milliseconds apart, without coalescing)
        assertThat(published).hasSizeLessThan(HOUSEHOLDS / 2);
        for (int i = 1; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 1), sent.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(490));
        }
    }
}
