package th.poverty.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import th.poverty.testing.NationalIds;
import th.poverty.testing.TokenKeys;

/**
 * Issue 5's anchor: N concurrent assignment requests aimed at one carer give exactly 3 successes
 * and N - 3 conflicts (409 carer-at-capacity, or 412), with p99 latency under 100 ms; the same
 * with two team-service instances sharing the database (requests alternate between them).
 *
 * <pre>
 * bin/run-local        # household-service on 8081, team-service on 8082; keys in deploy/local/.data/keys
 * java -cp "bench/target/classes:bench/target/lib/*" th.poverty.bench.CarerCapacityBenchmark \
 *      [--household http://127.0.0.1:8081] [--team http://127.0.0.1:8082[,http://127.0.0.1:18082]] \
 *      [--keys deploy/local/.data/keys] [--requests 200] [--rounds 3] [--village 24070203]
 * </pre>
 *
 * Setup (not timed): nominates N households in one village through household-service, waits
 * until team-service has them from Kafka, registers a community leader of the village as carer,
 * and mints N tokens: each request comes from its own field worker, as the services limit the
 * rate per client. A warm-up round and bursts of its shape run first ({@link #warmUp}). Measured: for each request, from
 * just before it is handed to the HTTP client to its full response, all N handed over at once
 * (alternating between the team-service instances given); p50 and p99 are nearest-rank
 * percentiles of those N latencies. Exits 1 if any round is not exactly 3 assigned and N - 3
 * refused (409 carer-at-capacity, or 412).
 */
public final class CarerCapacityBenchmark {

    private static final String PROVINCE = "24";
    private static final int WARM_UP_BURSTS = 40;

    // answers handled on the client's selector thread: recording a time needs no hand-over to a pool
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Runnable::run).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI household;
    private final List<URI> teams;
    private final TokenKeys keys;
    private final String token;
    private final String village;

    record Outcome(int status, String body, long nanos) {
    }

    record Round(Map<Integer, Long> byStatus, long p50, long p99, long max, boolean exact, long floorP50,
                 long floorP99, String carer, List<String> households) {
    }

    CarerCapacityBenchmark(URI household, List<URI> teams, TokenKeys keys, String village) {
        this.household = household;
        this.teams = teams;
        this.keys = keys;
        this.token = keys.mint("benchmark-officer", Set.of("province-officer"), PROVINCE, Duration.ofHours(1));
        this.village = village;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.of(args);
        var benchmark = new CarerCapacityBenchmark(
                URI.create(options.getOrDefault("--household", "http://127.0.0.1:8081")),
                List.of(options.getOrDefault("--team", "http://127.0.0.1:8082").split(",")).stream().map(URI::create).toList(),
                TokenKeys.loadOrCreate(Path.of(options.getOrDefault("--keys", "deploy/local/.data/keys"))),
                options.getOrDefault("--village", "24070203"));
        int requests = Integer.parseInt(options.getOrDefault("--requests", "200"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "3"));

        benchmark.warmUp(requests);
        boolean allExact = true;
        for (int r = 1; r <= rounds; r++) {
            Round round = benchmark.round(requests);
            allExact &= round.exact();
            System.out.printf("round %d: %d concurrent assignments at one carer over %d instance(s): %s by status, "
                            + "exactly 3 assigned: %s; latency p50 %d ms, p99 %d ms, max %d ms; floor (as many reads of"
                            + " the carer at once) p50 %d ms, p99 %d ms%n", r, requests,
                    benchmark.teams.size(), round.byStatus(), round.exact(), round.p50(), round.p99(), round.max(),
                    round.floorP50(), round.floorP99());
        }
        System.exit(allExact ? 0 : 1);
    }

    /**
     * Not counted: a round, then bursts of the same shape at the carer it filled (reads, and
     * assignments all refused), until the services' code paths are compiled and their connections
     * open. On two cores the JIT compiler otherwise competes with the measured bursts.
     */
    void warmUp(int requests) throws Exception {
        Round full = round(requests);
        for (int i = 0; i < WARM_UP_BURSTS; i++) {
            burst(reads(full.carer(), requests));
            burst(assignments(full.carer(), full.households()));
        }
    }

    Round round(int requests) throws Exception {
        int known = knownToTeamService();
        List<String> households = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            households.add(nominate());
        }
        awaitKnownToTeamService(known + requests);
        String carer = registerCarer();

        List<Long> floor = burst(reads(carer, requests)).stream().map(o -> o.nanos() / 1_000_000).sorted().toList();
        List<Outcome> outcomes = burst(assignments(carer, households));

        Map<Integer, Long> byStatus = outcomes.stream()
                .collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
        long conflicts = byStatus.getOrDefault(409, 0L) + byStatus.getOrDefault(412, 0L);
        boolean exact = byStatus.getOrDefault(200, 0L) == 3 && conflicts == requests - 3
                && caredFor(carer) == 3;
        List<Long> millis = outcomes.stream().map(o -> o.nanos() / 1_000_000).sorted().toList();
        return new Round(byStatus, percentile(millis, 50), percentile(millis, 99), millis.getLast(), exact,
                percentile(floor, 50), percentile(floor, 99), carer, households);
    }

    /** As many reads of the carer as assignments, each from a field worker of its own, alternating instances. */
    private List<HttpRequest> reads(String carer, int count) {
        List<HttpRequest> reads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reads.add(HttpRequest.newBuilder(teams.get(i % teams.size()).resolve("/api/v1/carers/" + carer))
                    .header("Authorization", "Bearer " + fieldWorker()).build());
        }
        return reads;
    }

    private List<HttpRequest> assignments(String carer, List<String> households) {
        List<HttpRequest> assignments = new ArrayList<>();
        for (int i = 0; i < households.size(); i++) {
            assignments.add(assignment(teams.get(i % teams.size()), carer, households.get(i)));
        }
        return assignments;
    }

    private String fieldWorker() {
        return keys.mint("field-worker-" + UUID.randomUUID(), Set.of("field-team"), PROVINCE, Duration.ofHours(1));
    }

    /** All handed to the HTTP client at once; each timed from then to its full response. */
    private List<Outcome> burst(List<HttpRequest> requests) {
        List<CompletableFuture<Outcome>> inFlight = requests.stream().map(this::send).toList();
        return inFlight.stream().map(CompletableFuture::join).toList();
    }

    /** From a field worker of its own, with its own token. */
    private HttpRequest assignment(URI team, String carer, String householdId) {
        return HttpRequest.newBuilder(team.resolve("/api/v1/carers/" + carer + "/households"))
                .header("Authorization", "Bearer " + fieldWorker()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"householdId\": \"" + householdId + "\", \"reason\": \"benchmark\"}"))
                .build();
    }

    private CompletableFuture<Outcome> send(HttpRequest request) {
        long start = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Outcome(response.statusCode(), response.body(), System.nanoTime() - start));
    }

    private String nominate() throws Exception {
        String body = """
                {"forumDate": "%s", "villageCode": "%s", "reason": "benchmark",
                 "head": {"nationalId": "%s", "firstName": "ทดสอบ", "lastName": "ภาระ"}}"""
                .formatted(LocalDate.now().minusDays(1), village, NationalIds.random());
        return Answers.id(send(post(household.resolve("/api/v1/households/forum-nominations"), body), 201));
    }

    private String registerCarer() throws Exception {
        String body = """
                {"name": "ผู้ดูแล เกณฑ์มาตรฐาน", "role": "COMMUNITY_LEADER", "areaCode": "%s", "reason": "benchmark"}"""
                .formatted(village);
        return Answers.id(send(post(teams.getFirst().resolve("/api/v1/carers"), body), 201));
    }

    /** How many households of the village team-service knows: household-service's events reach it through Kafka. */
    private int knownToTeamService() throws Exception {
        String coverage = send(HttpRequest.newBuilder(teams.getFirst().resolve("/api/v1/care/coverage?area=" + village))
                .header("Authorization", "Bearer " + token).build(), 200);
        Matcher m = Pattern.compile("\"identified\"\\s*:\\s*(\\d+)").matcher(coverage);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private void awaitKnownToTeamService(int count) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        while (knownToTeamService() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("team-service knows fewer than " + count + " households of " + village);
            }
            Thread.sleep(500);
        }
    }

    private int caredFor(String carer) throws Exception {
        String body = send(HttpRequest.newBuilder(teams.getFirst().resolve("/api/v1/carers/" + carer))
                .header("Authorization", "Bearer " + token).build(), 200);
        Matcher m = Pattern.compile("\"caredFor\"\\s*:\\s*(\\d+)").matcher(body);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private String send(HttpRequest request, int expected) {
        return Answers.expect(http, request, expected);
    }

    private HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
    }
}
