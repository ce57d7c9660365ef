package th.poverty.team.carer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.RejectedCommand;
import th.poverty.domain.Rejection;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.StreamVersionConflict;
import th.poverty.team.Api;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;
import th.poverty.web.Caller;

/**
 * The rule that never breaks, against the real database: 200 assignment requests aimed at one
 * carer at once give exactly three assignments and 197 conflicts, whether they reach one
 * instance over HTTP or two instances sharing the database; in a province that raised its cap
 * to five, exactly five. Prints the latencies it saw
 * (the figures are reported, not asserted: this machine is shared).
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class AssignmentRaceTest {

    private static final int REQUESTS = 200;
    private static final String VILLAGE = "24080304";
    private static final String WARM_UP_VILLAGE = "24080305";
    /** Prachin Buri, whose cap this test raises: no other test assigns there. */
    private static final String RAISED_CAP_VILLAGE = "25010101";

    @Inject
    Pool pool;

    @TestHTTPResource("/api/v1/carers/")
    URI carers;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Outcome(int status, String body, long nanos) {
    }

    @BeforeEach
    void warmUp() {
        String carer = Api.communityLeaderCarer(WARM_UP_VILLAGE, "อุ่นเครื่อง");
        var prepared = HouseholdEventsTopic.identified(pool, WARM_UP_VILLAGE, 50).stream().map(h -> request(carer, h)).toList();
        race(prepared.stream().map(this::send).toList());
    }

    @Test
    void twoHundredConcurrentAssignmentsToOneCarerGiveExactlyThree() {
        String carer = Api.communityLeaderCarer(VILLAGE, "ผู้ดูแล หนึ่งอินสแตนซ์");
        List<String> households = HouseholdEventsTopic.identified(pool, VILLAGE, REQUESTS);

        var prepared = households.stream().map(h -> request(carer, h)).toList();

        List<Outcome> outcomes = race(prepared.stream().map(this::send).toList());

        assertExactlyThreeAssigned(carer, outcomes);
        report("one instance over HTTP", outcomes);
    }

    @Test
    void twoInstancesSharingTheDatabaseStillGiveExactlyThree() {
        String carer = Api.communityLeaderCarer(VILLAGE, "ผู้ดูแล สองอินสแตนซ์");
        List<String> households = HouseholdEventsTopic.identified(pool, VILLAGE, REQUESTS);

        try (var second = new SecondInstance()) {
            var prepared = households.stream().map(h -> request(carer, h)).toList();
            List<CompletableFuture<Outcome>> requests = new ArrayList<>();
            for (int i = 0; i < households.size(); i++) {
                requests.add(i % 2 == 0 ? send(prepared.get(i)) : direct(second, carer, households.get(i)));
            }
            List<Outcome> outcomes = race(requests);

            assertExactlyThreeAssigned(carer, outcomes);
            report("two instances (HTTP + a second pool)", outcomes);
        }
    }

    @Test
    void aProvincesRaisedCapHoldsUnderTwoHundredConcurrentAssignmentsOnTwoInstances() {
        String ministry = Tokens.bearer("ministry", "ministry", "");
        Api.as(ministry).body("{\"households\": 5, \"effectiveFrom\": \"2026-01-01\", \"reason\": \"ผู้ดูแลมีน้อย\"}")
                .put("/api/v1/care/caps/25").then().statusCode(200).body("households", equalTo(5));
        String carer = Api.as(ministry).body("""
                        {"name": "ผู้ดูแล ห้าครัวเรือน", "role": "COMMUNITY_LEADER", "areaCode": "%s", "reason": "อาสา"}"""
                        .formatted(RAISED_CAP_VILLAGE))
                .post("/api/v1/carers").then().statusCode(201).extract().path("carerId");
        List<String> households = HouseholdEventsTopic.identified(pool, RAISED_CAP_VILLAGE, REQUESTS);

        try (var second = new SecondInstance()) {
            List<CompletableFuture<Outcome>> requests = new ArrayList<>();
            for (int i = 0; i < households.size(); i++) {
                requests.add(i % 2 == 0 ? send(request(carer, households.get(i), "25")) : direct(second, carer, households.get(i)));
            }
            List<Outcome> outcomes = race(requests);

            assertExactlyAssigned(carer, outcomes, 5);
            report("two instances, a province's cap of five", outcomes);
        }
    }

    @Test
    void aHouseholdRacedForByTenCarersOnTwoInstancesGetsOne() {
        String household = HouseholdEventsTopic.identified(pool, VILLAGE);
        List<String> rivals = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rivals.add(Api.communityLeaderCarer(VILLAGE, "คู่แข่ง " + i));
        }

        try (var second = new SecondInstance()) {
            var prepared = rivals.stream().map(carer -> request(carer, household)).toList();
            List<CompletableFuture<Outcome>> requests = new ArrayList<>();
            for (int i = 0; i < rivals.size(); i++) {
                requests.add(send(prepared.get(i)));
                requests.add(direct(second, rivals.get(i), household));
            }
            var outcomes = race(requests);

            var assigned = outcomes.stream().filter(o -> o.status() == 200).count();
            assertThat(assigned).as("successes: one per winning carer, repeated on its second request").isBetween(1L, 2L);
            assertThat(outcomes).filteredOn(o -> o.status() != 200)
                    .allSatisfy(o -> assertThat(o.body()).contains("household-has-carer"));
            assertThat(count("select count(*) from care_assignments where household_id = $1 and released_on is null",
                    household)).isEqualTo(1);
        }
    }

    private void assertExactlyThreeAssigned(String carer, List<Outcome> outcomes) {
        assertExactlyAssigned(carer, outcomes, 3);
    }

    private void assertExactlyAssigned(String carer, List<Outcome> outcomes, int cap) {
        Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(Outcome::status, Collectors.counting()));
        assertThat(byStatus.get(200)).as("successes, by status: " + byStatus).isEqualTo(cap);
        assertThat(byStatus.getOrDefault(409, 0L) + byStatus.getOrDefault(412, 0L)).as("conflicts").isEqualTo(REQUESTS - cap);
        assertThat(outcomes).filteredOn(o -> o.status() == 409)
                .allSatisfy(o -> assertThat(o.body()).contains("carer-at-capacity"));

        assertThat(count("select count(*) from care_assignments where carer_id = $1 and released_on is null", carer))
                .isEqualTo(cap);
        assertThat(count("select active_households from carers where carer_id = $1", carer)).isEqualTo(cap);
        assertThat(count("select count(*) from events where stream_id = $1 and type = 'CarerAssigned'", carer)).isEqualTo(cap);
        Api.as(Tokens.bearer("ministry", "ministry", "")).get("/api/v1/carers/{id}", carer).then().statusCode(200)
                .body("caredFor", equalTo(cap))
                .body("capacity", equalTo(cap))
                .body("freePlaces", equalTo(0));
    }

    /** As one of many field workers: each request carries its own token, as the service's rate limit is per client. */
    private HttpRequest request(String carer, String household) {
        return request(carer, household, "24");
    }

    private HttpRequest request(String carer, String household, String province) {
        return HttpRequest.newBuilder(carers.resolve(carer + "/households"))
                .header("Authorization", Tokens.bearer("field-worker-" + UUID.randomUUID(), "field-team", province))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"householdId\": \"%s\", \"reason\": \"race\"}".formatted(household)))
                .build();
    }

    private CompletableFuture<Outcome> send(HttpRequest request) {
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Outcome(response.statusCode(), response.body(), System.nanoTime() - start));
    }

    private static CompletableFuture<Outcome> direct(SecondInstance instance, String carer, String household) {
        long start = System.nanoTime();
        var metadata = new EventMetadata("second-instance", "field-team", "race", UUID.randomUUID(), null, Instant.now(), null);
        return instance.carers.assign(carer, household, null, Caller.system("test", Clock.systemUTC()), metadata)
                .subscribeAsCompletionStage()
                .handle((done, failure) -> failure == null ? new Outcome(200, "", System.nanoTime() - start)
                        : refused(failure, System.nanoTime() - start))
                .toCompletableFuture();
    }

    private static Outcome refused(Throwable failure, long nanos) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return switch (cause) {
            case RejectedCommand rejected -> new Outcome(rejected.rejection().kind() == Rejection.Kind.RULE ? 409 : 422,
                    rejected.rejection().code(), nanos);
            case StreamVersionConflict conflict -> new Outcome(412, conflict.getMessage(), nanos);
            default -> new Outcome(500, String.valueOf(cause), nanos);
        };
    }

    /** The requests were started together; waits for all of them. */
    private static List<Outcome> race(List<CompletableFuture<Outcome>> requests) {
        return requests.stream().map(CompletableFuture::join).toList();
    }

    private static void report(String setting, List<Outcome> outcomes) {
        List<Long> millis = outcomes.stream().map(o -> o.nanos() / 1_000_000).sorted().toList();
        Map<Integer, Long> byStatus = outcomes.stream()
                .collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
        System.out.printf("%d concurrent assignments at one carer, %s: %s by status; latency p50 %d ms, p99 %d ms, max %d ms%n",
                outcomes.size(), setting, byStatus, percentile(millis, 50), percentile(millis, 99), millis.getLast());
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    }

    private long count(String sql, String id) {
        return pool.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
    }
}
