package th.poverty.reporting.rebuild;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.ProblemStream.agencyCode;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;
import static th.poverty.reporting.ServiceTopics.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.common.annotation.Identifier;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.StoredEvent;
import th.poverty.reporting.ProblemStream;
import th.poverty.reporting.ServiceTopics;
import th.poverty.reporting.projection.PendingAreaChanges;
import th.poverty.reporting.projection.ProjectionLocks;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class RebuildTest {

    private static final String MINISTRY = Tokens.bearer("ministry", "ministry", "");
    private static final String VILLAGE = "24010104";

    @Inject
    Pool pool;

    @Inject
    DataSource dataSource;

    @Inject
    PendingAreaChanges pending;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private static JsonPath post(String what) {
        return given().header("Authorization", MINISTRY).post("/api/v1/admin/projections/" + what)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String progress(String code) {
        return given().header("Authorization", MINISTRY).get("/api/v1/areas/{code}/progress", code)
                .then().statusCode(200).extract().asString();
    }

    private Map<String, Long> totals() {
        var totals = new java.util.TreeMap<String, Long>();
        pool.query("select area_code, measure, value from area_totals where value <> 0").execute().await().indefinitely()
                .forEach(row -> totals.put(row.getString(0) + "/" + row.getString(1), row.getLong(2)));
        return totals;
    }

    /** Every index of the projection tables with its table, and the constraints they back. */
    private List<String> indexesAndKeys() {
        return pool.query("""
                        select c.relname || ' ' || i.relname || ' ' || coalesce(k.conname, '-')
                        from pg_index x join pg_class c on c.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
                            left join pg_constraint k on k.conindid = x.indexrelid
                        where c.relname in ('event_log', 'households', 'carers', 'area_totals', 'area_daily')
                        order by 1""").execute().await().indefinitely().stream().map(row -> row.getString(0)).toList();
    }

    /** The counters' storage parameters (their fillfactor), which a rebuild's tables must keep. */
    private List<String> storageParameters() {
        return pool.query("select relname || ' ' || array_to_string(reloptions, ',') from pg_class "
                        + "where relname in ('area_totals', 'area_daily') order by 1")
                .execute().await().indefinitely().stream().map(row -> row.getString(0)).toList();
    }

    private boolean logged(UUID eventId) {
        return pool.preparedQuery("select count(*) from event_log where event_id = $1").execute(Tuple.of(eventId))
                .await().indefinitely().iterator().next().getLong(0) > 0;
    }

    @Test
    void replayingEverythingTwiceGivesTheSameNumbersAndTheReconciliationFindsNoDifference() {
        String h = newId();
        String p = newId();
        Instant at = Instant.now().minus(3, ChronoUnit.DAYS);
        plan(p, 1, "PlanDrafted", "{\"planId\": \"%s\", \"householdId\": \"%s\"}".formatted(p, h), at.plusSeconds(60));
        household(h, 1, "HouseholdIdentified", identified(h, VILLAGE, 20_000), at);
        UUID last = plan(p, 2, "IncomeRecorded", ("{\"planId\": \"%s\", \"householdId\": \"%s\", \"month\": \"2026-11\", "
                + "\"annualisedIncomePerPersonThb\": 26000}").formatted(p, h), at.plusSeconds(120));
        var debt = new ProblemStream(h, "INCOME", at.plusSeconds(30));
        debt.identified();
        debt.routed(agencyCode("OBT"));
        UUID declined = debt.declined().eventId();
        var illness = new ProblemStream(h, "HEALTH", at.plusSeconds(40));
        illness.identified();
        illness.routed(agencyCode("SSJ"));
        UUID helped = illness.helped().eventId();
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(last) && logged(declined) && logged(helped));
        await().atMost(Duration.ofSeconds(30)).until(() -> progress(VILLAGE).contains("\"withPlan\":1"));
        var before = totals();
        assertThat(before).as("the household's problems are among the numbers a rebuild gives again")
                .containsEntry(VILLAGE + "/PROBLEMS_WITH_AGENCY|NEW|", 1L)
                .containsEntry(VILLAGE + "/PROBLEMS_IN_DIMENSION|HELPED|HEALTH", 1L);
        String country = progress("TH");
        var indexes = indexesAndKeys();
        assertThat(storageParameters()).containsExactly("area_daily fillfactor=70", "area_totals fillfactor=50");

        var first = post("rebuild");
        assertThat(first.getLong("records")).isGreaterThanOrEqualTo(3);
        assertThat(first.getLong("subjectsFolded")).isGreaterThanOrEqualTo(1);
        var afterFirst = totals();
        post("rebuild");

        assertThat(totals()).isEqualTo(afterFirst).isEqualTo(before);
        assertThat(progress("TH")).isEqualTo(country);
        // as the migrations named them, which later migrations may name too
        assertThat(indexesAndKeys()).isEqualTo(indexes).contains("event_log event_log_pkey event_log_pkey",
                "event_log event_log_logged_at -", "area_totals area_totals_children -");
        assertThat(storageParameters()).containsExactly("area_daily fillfactor=70", "area_totals fillfactor=50");
        var reconciliation = post("reconcile");
        assertThat(reconciliation.getLong("differences")).isZero();
        assertThat(reconciliation.getLong("dailyDifferences")).isZero();
        assertThat(reconciliation.getList("sample")).isEmpty();
    }

    @Test
    void aRebuildRepairsAnAreaThatDriftedInSeveralMeasuresAtOnce() {
        String village = "24010108"; // only this test writes here
        String h = newId();
        Instant at = Instant.now().minus(2, ChronoUnit.DAYS);
        household(h, 1, "HouseholdIdentified", identified(h, village, null), at);
        UUID visit = household(h, 2, "HouseholdVisited", "{\"householdId\": \"%s\"}".formatted(h), at.plusSeconds(5));
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(visit));
        var replayed = totals();

        pool.query("update area_totals set value = value + 7 where area_code = '" + village
                + "' and measure in ('IDENTIFIED', 'VISITED')").execute().await().indefinitely();
        post("rebuild");

        assertThat(totals()).isEqualTo(replayed);
    }

    @Test
    void aRedeliveredTopicChangesNothing() {
        String h = newId();
        Instant at = Instant.now().minus(1, ChronoUnit.DAYS);
        // an actor COPY must escape: a tab and a line break
        var metadata = new EventMetadata("สมชาย\tหมู่ 4\nรอบสอง", "field-team", "", null, null, at, VILLAGE);
        var identification = new StoredEvent(1, h, "household", 1, UUID.randomUUID(), "HouseholdIdentified", 1,
                identified(h, VILLAGE, null), metadata, at);
        ServiceTopics.publish(identification, "household-service");
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(identification.eventId()));
        var before = totals();

        // the same event again, as a relay that lost its acknowledgement sends it, then the next one behind it
        ServiceTopics.publish(identification, "household-service");
        UUID next = household(h, 2, "HouseholdVisited", "{\"householdId\": \"%s\"}".formatted(h), at.plusSeconds(5));
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(next));

        var after = totals();
        assertThat(after.get(VILLAGE + "/IDENTIFIED")).isEqualTo(before.get(VILLAGE + "/IDENTIFIED"));
        assertThat(after.get(VILLAGE + "/VISITED")).isEqualTo(before.getOrDefault(VILLAGE + "/VISITED", 0L) + 1);

        // a replay meets the event twice on the topic too: the rebuilt log holds it once, as it was told
        post("rebuild");
        assertThat(totals()).isEqualTo(after);
        var rows = pool.preparedQuery("select actor, occurred_at, stream_version from event_log where event_id = $1")
                .execute(Tuple.of(identification.eventId())).await().indefinitely();
        assertThat(rows.size()).isEqualTo(1);
        var row = rows.iterator().next();
        assertThat(row.getString(0)).isEqualTo("สมชาย\tหมู่ 4\nรอบสอง");
        assertThat(row.getOffsetDateTime(1).toInstant()).isEqualTo(at.truncatedTo(ChronoUnit.MICROS));
        assertThat(row.getLong(2)).isEqualTo(1);
    }

    /**
     * Holds the area counters' lock while the work runs, so that no fold on its own timer moves
     * what the test staged before the rebuild or reconciliation sees it.
     */
    private void withoutFolds(Runnable work) throws SQLException {
        try (var connection = dataSource.getConnection(); var lock = connection.createStatement()) {
            lock.execute("select pg_advisory_lock(" + ProjectionLocks.AREA_COUNTERS + ")");
            try {
                work.run();
            } finally {
                lock.execute("select pg_advisory_unlock(" + ProjectionLocks.AREA_COUNTERS + ")");
            }
        }
    }

    /** A household identified in the village yesterday, once reporting has logged and counted it. */
    private void identifiedAndCounted(String village) {
        String h = newId();
        UUID identification = household(h, 1, "HouseholdIdentified", identified(h, village, null),
                Instant.now().minus(1, ChronoUnit.DAYS));
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(identification));
        await().atMost(Duration.ofSeconds(30)).until(() -> totals().containsKey(village + "/IDENTIFIED"));
    }

    private void execute(String sql) {
        pool.query(sql).execute().await().indefinitely();
    }

    @Test
    void aRebuildCountsWhatIsStagedOnceWithTheReplay() throws SQLException {
        String village = "24010109"; // only this test writes here
        identifiedAndCounted(village);
        var replayed = totals();

        // as a survey import's batch leaves it before the fold: its changes staged, not yet counted
        withoutFolds(() -> {
            execute(("insert into area_changes_pending values (array['24'], array['2401'], array['240101'], array['%s'], "
                     + "array[current_date], array['IDENTIFIED'], array[1000])").formatted(village));
            post("rebuild");
        });
        pending.fold().await().indefinitely();

        assertThat(totals()).as("the replay counted the staged events; they are not added again").isEqualTo(replayed);
    }

    @Test
    void aReconciliationComparesWithWhatIsStagedCounted() throws SQLException {
        String village = "24010110"; // only this test writes here
        identifiedAndCounted(village);
        var counted = totals();
        String areas = "('TH', '24', '2401', '240101', '%s')".formatted(village);

        withoutFolds(() -> {
            // the household's identification taken out of the counters and staged instead
            execute("update area_totals set value = value - 1 where measure = 'IDENTIFIED' and area_code in " + areas);
            execute("""
                    insert into area_changes_pending
                    select array['24'], array['2401'], array['240101'], array[area_code], array[day], array[measure], array[delta]
                    from area_daily where area_code = '%s' and measure = 'IDENTIFIED'""".formatted(village));
            execute("update area_daily set delta = delta - 1 where measure = 'IDENTIFIED' and area_code in " + areas
                    + " and day = (select day from area_daily where area_code = '%s' and measure = 'IDENTIFIED')".formatted(village));
            var reconciliation = post("reconcile");
            assertThat(reconciliation.getLong("differences")).isZero();
            assertThat(reconciliation.getLong("dailyDifferences")).isZero();
        });

        assertThat(totals()).isEqualTo(counted);
    }

    @Test
    void aRebuildThatFailsReportsWhyAndLeavesTheLiveTablesAsTheyWere() {
        var before = totals();
        // the first connection (the rebuild's own) is given, the replay's are refused
        var connections = new AtomicInteger();
        var firstOnly = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection") && connections.getAndIncrement() > 0) {
                        throw new SQLException("no connection left in the pool");
                    }
                    try {
                        return method.invoke(dataSource, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        assertThatThrownBy(() -> new ProjectionRebuild(firstOnly, kafkaConfig).rebuild())
                .isInstanceOf(SQLException.class).hasMessage("no connection left in the pool");
        assertThat(totals()).isEqualTo(before);
        assertThat(pool.query("select to_regclass('event_log_next') is null").execute().await().indefinitely()
                .iterator().next().getBoolean(0)).isTrue();
    }

    @Test
    void onlyTheMinistryRebuilds() {
        for (String role : List.of("province-officer", "analyst", "district-officer")) {
            given().header("Authorization", Tokens.bearer("someone", role, "24")).post("/api/v1/admin/projections/rebuild")
                    .then().statusCode(403);
        }
        given().post("/api/v1/admin/projections/reconcile").then().statusCode(401);
    }
}
