package th.poverty.reporting.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.Area;
import th.poverty.area.Areas;
import th.poverty.reporting.projection.Sql;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AreaProgressRelayTest {

    /**
     * Used by this test only, alone in its district, so its numbers are this test's and no
     * neighbour's small figure withholds one of its figures.
     */
    private static final String VILLAGE = "50020390";
    private static final int HOUSEHOLDS = 40;
    private static final Duration INTERVAL = Duration.ofMillis(500);

    @Inject
    Pool pool;

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
        // below five households the village's figure is withheld (null): the published ones are five and more
        List<Long> identified = published.stream().map(r -> JsonPath.from(r.value()).getString("identified.bmnSurvey"))
                .filter(java.util.Objects::nonNull).map(Long::valueOf).toList();
        List<Instant> sent = published.stream().map(r -> Instant.parse(KafkaTopics.header(r, "ce_time"))).toList();

        // nothing lost by coalescing: the numbers only grow, and the last message is the area's progress
        assertThat(identified).isSorted().allMatch(n -> n >= 5).last().isEqualTo((long) HOUSEHOLDS);
        // fewer messages than changes, each batch at least reporting.analytics.min-interval after the one before
        // (one message per change, milliseconds apart, without coalescing)
        assertThat(published).hasSizeLessThan(HOUSEHOLDS / 2);
        for (int i = 1; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 1), sent.get(i))).isGreaterThanOrEqualTo(Duration.ofMillis(490));
        }
    }

    @Test
    void underABacklogLongerThanABatchEachAreaStillGoesOutAtMostOncePerInterval() throws InterruptedException {
        // three times the relay's batch of 200, marked again every 50 ms: its batches fill, one after the other
        List<String> areas = tambonsOfTheSouth(600);
        Instant start = Instant.now();
        Instant lastMark = start;
        while (Duration.between(start, lastMark).toMillis() < 3_000) {
            pool.preparedQuery(Sql.MARK_CHANGED).executeAndAwait(Tuple.of(areas.toArray(String[]::new)));
            lastMark = Instant.now();
            Thread.sleep(50);
        }

        Set<String> marked = Set.copyOf(areas);
        Map<String, List<Instant>> sent = KafkaTopics.read("analytics.area-progress",
                        record -> marked.contains(record.key()) && sentAt(record).isAfter(start), areas.size() * 3L)
                .stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(AreaProgressRelayTest::sentAt, Collectors.toCollection(ArrayList::new))));

        assertThat(sent).hasSize(areas.size());
        Instant marksEnded = lastMark;
        sent.forEach((area, times) -> {
            times.sort(Comparator.naturalOrder());
            // published while the marks kept coming (not starved by the areas ahead of it), and its
            // last marks were not lost by coalescing; how often it went out besides depends on the
            // machine's speed, which bench/ measures, not this test
            assertThat(times.getFirst()).as(area).isBefore(marksEnded);
            assertThat(times.getLast()).as(area).isAfterOrEqualTo(marksEnded.minus(INTERVAL));
            for (int i = 1; i < times.size(); i++) {
                assertThat(Duration.between(times.get(i - 1), times.get(i))).as(area).isGreaterThanOrEqualTo(INTERVAL);
            }
        });
    }

    /** Tambons no other test counts in, from the last provinces in code order. */
    private static List<String> tambonsOfTheSouth(int count) {
        Areas thailand = Areas.thailand();
        List<String> tambons = new ArrayList<>();
        for (Area province : thailand.provinces().reversed()) {
            for (Area district : thailand.children(province.code())) {
                thailand.children(district.code()).forEach(tambon -> tambons.add(tambon.code()));
            }
            if (tambons.size() >= count) {
                return tambons.subList(0, count);
            }
        }
        throw new IllegalStateException("fewer than " + count + " tambons");
    }

    private static Instant sentAt(ConsumerRecord<String, String> record) {
        return Instant.parse(KafkaTopics.header(record, "ce_time"));
    }
}
