package th.poverty.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.IncomingEvent;
import th.poverty.eventstore.StoredEvent;
import th.poverty.reporting.ServiceTopics;
import th.poverty.testing.InfrastructureResource;

/**
 * A batch of at least {@code reporting.projection.stage-from} (100) subjects stages its area
 * changes; a fold adds them to the counters. Each test has its own tambon of Sanam Chai Khet
 * (2408), which no other test writes.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class PendingAreaChangesTest {

    private static final String DISTRICT = "2408";

    @Inject
    Projector projector;

    @Inject
    PendingAreaChanges pending;

    @Inject
    Pool pool;

    /**
     * A batch of identifications as the consumer reads it. The test projects it itself, then
     * publishes it ({@link #published}), as household-service would have, so that a replay of the
     * topic (another test's rebuild) holds what the counters hold; the consumer finds it logged.
     */
    private static List<StoredEvent> identifications(int households, String village) {
        List<StoredEvent> batch = new ArrayList<>();
        Instant at = Instant.parse("2026-11-01T03:00:00Z");
        for (int i = 0; i < households; i++) {
            String h = newId();
            batch.add(new StoredEvent(1, h, "household", 1, UUID.randomUUID(), "HouseholdIdentified", 1, identified(h, village, 20_000),
                    new EventMetadata("somchai", "field-team", "", UUID.randomUUID(), null, at, null), at));
        }
        return batch;
    }

    private static List<ConsumedEvent> consumed(List<StoredEvent> batch) {
        return batch.stream().map(e -> SourceTopic.HOUSEHOLD.read(new IncomingEvent(e.eventId(), "household-service", e.type(),
                e.streamType(), e.streamId(), e.version(), e.schemaVersion(), e.payload(), e.metadata())).orElseThrow()).toList();
    }

    private static void published(List<StoredEvent> batch) {
        batch.forEach(event -> ServiceTopics.publish(event, "household-service"));
    }

    /** Each area's count of identified households, as the client sees them. */
    private static Uni<Map<String, Long>> counted(SqlClient client, String village) {
        List<String> areas = List.of("TH", "24", DISTRICT, village.substring(0, 6), village);
        return client.preparedQuery("select area_code, value from area_totals where measure = 'IDENTIFIED' and area_code = any($1)")
                .execute(Tuple.of(areas.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Long> counts = new HashMap<>();
                    areas.forEach(area -> counts.put(area, 0L));
                    rows.forEach(row -> counts.put(row.getString(0), row.getLong(1)));
                    return counts;
                });
    }

    private Map<String, Long> counted(String village) {
        return counted(pool, village).await().indefinitely();
    }

    private static Uni<Long> staged(SqlClient client, String village) {
        return client.preparedQuery("""
                        select coalesce(sum(c.delta), 0) from area_changes_pending,
                            unnest(villages, measures, deltas) as c (village, measure, delta)
                        where c.village = $1 and c.measure = 'IDENTIFIED'""")
                .execute(Tuple.of(village)).map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Projects a batch of identifications in a transaction of its own, then publishes them; returns
     * what the transaction saw at its end: the village's staged identifications, every level's count.
     */
    private Tuple2<Long, Map<String, Long>> projected(int households, String village) {
        var batch = identifications(households, village);
        var seen = pool.withTransaction(tx -> projector.project(tx, consumed(batch))
                .chain(() -> Uni.combine().all().unis(staged(tx, village), counted(tx, village)).asTuple())).await().indefinitely();
        published(batch);
        return seen;
    }

    private static void assertAdded(Map<String, Long> before, Map<String, Long> after, String village, long added) {
        assertThat(after.get(village)).isEqualTo(before.get(village) + added);
        assertThat(after.get(village.substring(0, 6))).isEqualTo(before.get(village.substring(0, 6)) + added);
        assertThat(after.get(DISTRICT)).isEqualTo(before.get(DISTRICT) + added);
        assertThat(after.get("24")).isGreaterThanOrEqualTo(before.get("24") + added);
        assertThat(after.get("TH")).isGreaterThanOrEqualTo(before.get("TH") + added);
    }

    @Test
    void aLargeBatchIsStagedAndAFoldCountsItOnceAtEveryLevelDayAndMark() {
        String village = "24080101";
        var before = counted(village);

        var inTransaction = projected(120, village);
        assertThat(inTransaction.getItem1()).as("staged, not added").isEqualTo(120L);
        assertThat(inTransaction.getItem2()).isEqualTo(before);

        pending.fold().await().indefinitely();
        pending.fold().await().indefinitely();

        assertAdded(before, counted(village), village, 120);
        assertThat(staged(pool, village).await().indefinitely()).isZero();
        var day = pool.preparedQuery("select delta from area_daily where area_code = $1 and day = '2026-11-01' and measure = 'IDENTIFIED'")
                .execute(Tuple.of("240801")).await().indefinitely();
        assertThat(day.iterator().next().getLong(0)).isEqualTo(120);
        var marked = pool.preparedQuery("select count(*) from area_progress_outbox where area_code = any($1)")
                .execute(Tuple.of(new String[] {village, "240801", DISTRICT})).await().indefinitely();
        assertThat(marked.iterator().next().getLong(0)).as("every level marked for analytics").isEqualTo(3);
    }

    @Test
    void aSmallBatchIsCountedInItsOwnTransaction() {
        String village = "24080201";
        var before = counted(village);

        var inTransaction = projected(5, village);

        assertThat(inTransaction.getItem1()).isZero();
        assertAdded(before, inTransaction.getItem2(), village, 5);
    }

    @Test
    void whatWasStagedShowsASecondAfterTheLastBatchWithoutAnyoneAsking() {
        String village = "24080301";
        var before = counted(village);

        projected(100, village);

        // well within the fold interval (10 s): staging stopped, so the fold comes at once
        await().atMost(Duration.ofSeconds(8)).untilAsserted(() -> assertAdded(before, counted(village), village, 100));
    }

    @Test
    void aFoldLeavesABatchStillCommittingToTheNextOne() {
        String village = "24080501";
        var before = counted(village);

        var batch = identifications(150, village);
        var open = pool.getConnection().await().indefinitely();
        try {
            var tx = open.begin().await().indefinitely();
            projector.project(open, consumed(batch)).await().indefinitely();
            pending.fold().await().atMost(Duration.ofSeconds(20)); // sees none of the open batch's rows, waits for none of them

            assertThat(staged(open, village).await().indefinitely()).isEqualTo(150L);
            assertThat(counted(village)).containsEntry(village, before.get(village))
                    .containsEntry("240805", before.get("240805"));
            tx.commit().await().indefinitely();
        } finally {
            open.close().await().indefinitely();
        }
        published(batch);
        pending.fold().await().indefinitely();

        assertAdded(before, counted(village), village, 150);
    }
}
