package th.poverty.reporting.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.Tokens;

/**
 * Village figures under five households reach analysts withheld, and a neighbour that would give
 * them away by subtraction is withheld with them, on the latest-state topic and in the history;
 * staff still read exact figures over REST.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AreaProgressDisclosureTest {

    /** A district of Chiang Mai no other test counts in. */
    private static final String TAMBON = "500101";
    private static final String LARGE = "50010101";
    private static final String MIDDLE = "50010102";
    private static final String SMALL = "50010103";
    private static final String LATEST = "analytics.area-progress";
    private static final String HISTORY = "analytics.area-progress-history";

    @Test
    void aVillageOfThreeIsWithheldWithTheNeighbourThatWouldGiveItAwayAndStaffStillSeeItExactly() {
        identify(LARGE, 20);
        identify(MIDDLE, 10);
        awaitProgress(TAMBON, 30);
        // before the small village, every village is published exactly
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(latest(LATEST).get(MIDDLE).getLong("identified.bmnSurvey")).isEqualTo(10));
        Instant beforeSmall = Instant.now();

        identify(SMALL, 3);
        awaitProgress(TAMBON, 33);
        // staff read exact figures at every level
        assertThat(progress(SMALL).getLong("identified.bmnSurvey")).isEqualTo(3);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, JsonPath> latest = latest(LATEST);
            JsonPath small = latest.get(SMALL);
            assertThat(small.getString("identified.bmnSurvey")).isNull();
            assertThat(small.getList("withheld", String.class)).contains("/identified/bmnSurvey", "/identified/total");
            // the tambon stays exact; 33 less the published villages would be 3 without the middle one withheld too
            assertThat(latest.get(TAMBON).getLong("identified.bmnSurvey")).isEqualTo(33);
            assertThat(latest.get(TAMBON).getList("withheld")).isEmpty();
            assertThat(latest.get(MIDDLE).getString("identified.bmnSurvey")).isNull();
            assertThat(latest.get(MIDDLE).getList("withheld", String.class)).contains("/identified/bmnSurvey");
            assertThat(latest.get(LARGE).getLong("identified.bmnSurvey")).isEqualTo(20);
            long published = 0;
            int withheld = 0;
            for (String village : List.of(LARGE, MIDDLE, SMALL)) {
                if (latest.get(village).getString("identified.bmnSurvey") == null) {
                    withheld++;
                } else {
                    published += latest.get(village).getLong("identified.bmnSurvey");
                }
            }
            assertThat(withheld).isGreaterThanOrEqualTo(2);
            assertThat(33 - published).isGreaterThanOrEqualTo(5);
            // a figure is never published as zero for being withheld
            assertThat(small.getLong("graduated")).isZero();
        });

        // the history holds every message of the latest-state topic, the same records, in order
        List<ConsumerRecord<String, String>> latestRecords = read(LATEST);
        List<ConsumerRecord<String, String>> history = read(HISTORY);
        assertThat(ids(history)).containsAll(ids(latestRecords));
        List<String> middle = history.stream().filter(r -> MIDDLE.equals(r.key()))
                .map(r -> JsonPath.from(r.value()).getString("identified.bmnSurvey")).toList();
        assertThat(middle).contains("10").last().isNull();
        assertThat(history.stream().filter(r -> SMALL.equals(r.key()) && Instant.parse(KafkaTopics.header(r, "ce_time"))
                .isAfter(beforeSmall))).isNotEmpty()
                .allSatisfy(r -> assertThat(JsonPath.from(r.value()).getString("identified.bmnSurvey")).isNull())
                .allSatisfy(r -> assertThat(KafkaTopics.header(r, "ce_schemaversion")).isEqualTo("2"));
    }

    private static void identify(String village, int households) {
        for (int i = 0; i < households; i++) {
            String h = newId();
            household(h, 1, "HouseholdIdentified", identified(h, village, 30_000), Instant.now());
        }
    }

    private static void awaitProgress(String area, long bmnSurvey) {
        await().atMost(Duration.ofSeconds(60)).until(() -> progress(area).getLong("identified.bmnSurvey") == bmnSurvey);
    }

    private static JsonPath progress(String area) {
        return given().header("Authorization", Tokens.bearer("ministry", "ministry", ""))
                .get("/api/v1/areas/{code}/progress", area).then().statusCode(200).extract().jsonPath();
    }

    private static List<ConsumerRecord<String, String>> read(String topic) {
        Set<String> areas = Set.of(TAMBON, LARGE, MIDDLE, SMALL);
        return KafkaTopics.read(topic, record -> areas.contains(record.key()), 4);
    }

    /** The newest message of each of the tambon's areas. */
    private static Map<String, JsonPath> latest(String topic) {
        Map<String, JsonPath> latest = new HashMap<>();
        read(topic).forEach(record -> latest.put(record.key(), JsonPath.from(record.value())));
        return latest;
    }

    private static Set<String> ids(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> KafkaTopics.header(r, "ce_id")).collect(Collectors.toSet());
    }
}
