package th.poverty.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import th.poverty.testing.Database;
import th.poverty.testing.KafkaBroker;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Ports;
import th.poverty.testing.PostgresServer;
import th.poverty.testing.ServiceProcess;
import th.poverty.testing.TokenKeys;

/**
 * The whole system as deployed on this machine, beside its floors in the same run:
 * <ol>
 * <li><b>footprint</b>: each service's start time (JVM launch to ready) and resident memory at rest;</li>
 * <li><b>mixed REST load</b> at each rate (default 250, 500, 1,000 and, above the system's capacity
 * here, 2,000 requests a second, open model): 70 % reads (a household, a carer, an area's progress)
 * and 30 % commands (forum nominations, carer registrations) across household-, team- and
 * reporting-service, p50/p99 of the admitted requests and the refusals (503 from admission
 * control) beside the same rates of 70 % reads and 30 % inserts on a bare Quarkus + PostgreSQL
 * endpoint (floor-service);</li>
 * <li><b>carer contention</b>: 200 concurrent assignments at one carer, exactly 3 succeed, over one
 * team-service and over two sharing the database, beside a burst of as many reads;</li>
 * <li><b>household search</b>: the first page of a province's households (50, in area order) at
 * 100 a second, p50/p99 beside a one-row read of floor-service at the same rate;</li>
 * <li><b>plan read</b>: {@link PlanReadBenchmark} against these services.</li>
 * </ol>
 * Writes {@code bench/results/system.md}, charts in {@code bench/results/charts/} and its lines of
 * the summary table ({@link Summary}).
 * <pre>
 * ./mvnw -q install -DskipTests
 * java -cp "bench/target/classes:bench/target/lib/*" th.poverty.bench.SystemBenchmark [--rates 250,500,1000,2000] [--seconds 20] \
 *      [--warm-up 5] [--warm-up-max 180] [--sections load,search,contention,plan]
 * </pre>
 */
public final class SystemBenchmark {

    private static final List<String> SERVICES = List.of("household-service", "team-service", "plan-service",
            "reporting-service");
    private static final String VILLAGE = "24010101";
    private static final double CONTENTION_TARGET_MS = 100;
    /** The rate the issue sets a target at: p99 under 50 ms with no errors. */
    private static final int TARGET_RATE = 1000;
    private static final double TARGET_P99_MS = 50;
    /** Above capacity: a refusal is answered at once, an admitted request within a bound. */
    private static final double REFUSAL_P99_MS = 50;
    private static final double ADMITTED_P99_BOUND_MS = 1000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Path root;
    private final Path data;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final TokenKeys keys;
    private final String token;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final List<String> households = new ArrayList<>();
    private final List<String> carers = new ArrayList<>();
    private int launched;

    private SystemBenchmark(Path root, Path data, PostgresServer postgres, KafkaBroker kafka, TokenKeys keys) {
        this.root = root;
        this.data = data;
        this.postgres = postgres;
        this.kafka = kafka;
        this.keys = keys;
        this.token = keys.mint("bench-officer", Set.of("province-officer"), "24", Duration.ofHours(4));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.of(args);
        List<Integer> rates = List.of(options.getOrDefault("--rates", "250,500,1000,2000").split(",")).stream()
                .map(Integer::parseInt).toList();
        Duration seconds = Duration.ofSeconds(Integer.parseInt(options.getOrDefault("--seconds", "20")));
        int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "5"));
        int warmUpMax = Integer.parseInt(options.getOrDefault("--warm-up-max", "180"));
        Set<String> sections = Set.of(options.getOrDefault("--sections", "load,search,contention,plan").split(","));
        Path root = Path.of("").toAbsolutePath();
        Path results = root.resolve(options.getOrDefault("--results", "bench/results"));
        Path data = root.resolve("bench/target/system/data");
        BmnImportBenchmark.deleteTree(data);
        Files.createDirectories(data);
        Instant began = Instant.now();
        System.out.println("Starting PostgreSQL and Kafka ...");
        var postgres = PostgresServer.start(data.resolve("postgres"), Ports.free(), false);
        var kafka = KafkaBroker.start(data.resolve("kafka"), Ports.free(), Ports.free(), "1g");
        var bench = new SystemBenchmark(root, data, postgres, kafka, TokenKeys.loadOrCreate(data.resolve("keys")));
        try {
            StringBuilder md = new StringBuilder();
            md.append(bench.footprint());
            if (sections.contains("load")) {
                bench.seed();
                md.append(bench.mixedLoad(rates, seconds, warmUp, warmUpMax, results));
            }
            if (sections.contains("search")) {
                md.append(bench.search(warmUp, warmUpMax));
            }
            if (sections.contains("contention")) {
                md.append(bench.contention());
            }
            if (sections.contains("plan")) {
                md.append(bench.planRead());
            }
            String report = """
                    # The system on one machine: footprint, mixed REST load, carer contention

                    Run %s on %d CPUs, Java %s: PostgreSQL (fsync off, as in the tests), Kafka, the four services and
                    floor-service, all on this machine; the benchmark client too.

                    %s
                    Run it again: `./mvnw -q install -DskipTests && java -cp "bench/target/classes:bench/target/lib/*" \
                    th.poverty.bench.SystemBenchmark`
                    """.formatted(began.truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), md);
            Files.writeString(results.resolve("system.md"), report);
            System.out.println("Report: " + results.resolve("system.md"));
        } finally {
            bench.services.values().forEach(ServiceProcess::close);
            kafka.close();
            postgres.close();
            BmnImportBenchmark.deleteTree(data);
        }
    }

    // ---- footprint ------------------------------------------------------------------------------

    private String footprint() {
        StringBuilder md = new StringBuilder("""
                ## Footprint

                Each service started alone (JVM launch to its first ready answer), then left at rest for 10 s.

                | service | start | resident memory at rest |
                |---|---:|---:|
                """);
        for (String module : SERVICES) {
            services.put(module, start(module));
        }
        services.put("floor-service", start("floor-service"));
        Services.sleep(Duration.ofSeconds(10));
        var floor = services.get("floor-service");
        String bare = "floor-service: start %.1f s, %d MiB".formatted(floor.startedIn().toMillis() / 1000.0,
                floor.residentKiB() / 1024);
        for (var service : services.values()) {
            double seconds = service.startedIn().toMillis() / 1000.0;
            long mib = service.residentKiB() / 1024;
            md.append("| %s | %.1f s | %d MiB |%n".formatted(service.name(), seconds, mib));
            if (service != floor) {
                Summary.add("footprint: " + service.name(), "start %.1f s, %d MiB at rest".formatted(seconds, mib), bare,
                        "none set", "measured");
            }
        }
        return md.append('\n').toString();
    }

    // ---- mixed load -----------------------------------------------------------------------------

    private void seed() {
        if (!households.isEmpty()) {
            return;
        }
        System.out.println("Seeding 100 households and 20 carers ...");
        for (int i = 0; i < 100; i++) {
            households.add(Answers.id(Answers.expect(http, nomination(), 201)));
        }
        for (int i = 0; i < 20; i++) {
            carers.add(Answers.id(Answers.expect(http, carerRegistration(), 201)));
        }
    }

    private String mixedLoad(List<Integer> rates, Duration duration, int warmUp, int warmUpMax, Path results)
            throws Exception {
        StringBuilder md = new StringBuilder("""
                ## Mixed REST load

                Open model: requests start at the rate whatever the answers do, each timed from when it was due.
                The system: 70 %% reads (a household from household-service, a carer from team-service, a village's
                progress from reporting-service) and 30 %% commands (forum nominations to household-service, carer
                registrations to team-service), every request with a signed token. The floor: the same rates of
                70 %% indexed reads and 30 %% inserts on floor-service, Quarkus REST and the reactive PostgreSQL client
                with nothing of the system's. Before each rate, system and floor are warmed at it for at least %d s
                and until their JIT compilers use under %.0f %% of two 15 s rounds in a row (at most %d s), which is not counted:
                on two cores the compilers of four cold services otherwise compete with what is measured.
                System latencies are of the requests admitted; above an instance's admission limit
                (`web.admission.max-in-flight`) the rest are refused at once with 503 and Retry-After, counted apart.

                | rate (req/s) | system p50 | system p99 | errors | refused (p99 to refuse) | floor p50 | floor p99 | achieved | warm-up |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|
                """.formatted(warmUp, JitWarmUp.QUIET_SHARE * 100, warmUpMax));
        List<ServiceProcess> system = SERVICES.stream().map(services::get).toList();
        Map<String, List<Double>> p99s = new LinkedHashMap<>();
        Map<String, List<Double>> throughput = new LinkedHashMap<>();
        URI floor = services.get("floor-service").url();
        for (int rate : rates) {
            System.out.printf("Mixed load at %d requests a second for %d s (and the floor) ...%n", rate, duration.toSeconds());
            double warmed = JitWarmUp.until(system,
                    s -> OpenLoad.run(http, rate, Duration.ofSeconds(s), this::mixedRequest), warmUp, warmUpMax);
            var measured = OpenLoad.run(http, rate, duration, this::mixedRequest);
            JitWarmUp.until(List.of(services.get("floor-service")),
                    s -> OpenLoad.run(http, rate, Duration.ofSeconds(s), i -> floorRequest(floor, i)), warmUp, warmUpMax);
            var bare = OpenLoad.run(http, rate, duration, i -> floorRequest(floor, i));
            double p50 = measured.admittedPercentileMillis(50);
            double p99 = measured.admittedPercentileMillis(99);
            String refused = measured.refused() == 0 ? "0" : "%d, %.1f %% (%.1f ms)".formatted(measured.refused(),
                    100.0 * measured.refused() / measured.calls().size(), measured.refusedPercentileMillis(99));
            md.append("| %d | %.1f ms | %.1f ms | %d | %s | %.1f ms | %.1f ms | %.0f/s | %.0f s |%n".formatted(rate, p50, p99,
                    measured.errors(), refused, bare.percentileMillis(50), bare.percentileMillis(99),
                    measured.achievedPerSecond(), warmed));
            Summary.add("mixed REST load at %d req/s".formatted(rate),
                    "p50 %.1f ms, p99 %.1f ms, %d errors, %s refused".formatted(p50, p99, measured.errors(), refused),
                    "bare Quarkus + PostgreSQL p50 %.1f ms, p99 %.1f ms".formatted(bare.percentileMillis(50),
                            bare.percentileMillis(99)),
                    target(rate), verdict(rate, measured));
            p99s.put("system at " + rate, measured.perSecondMillis(99));
            p99s.put("floor at " + rate, bare.perSecondMillis(99));
            throughput.put("system at " + rate, measured.throughputPerSecond());
        }
        Charts.perSecond(results.resolve("charts/mixed-load-p99.png"), "Mixed REST load: p99 latency per second",
                "p99 latency (ms)", p99s);
        Charts.perSecond(results.resolve("charts/mixed-load-throughput.png"), "Mixed REST load: answers per second",
                "answers per second", throughput);
        return md.append("""

                ![p99 latency per second](charts/mixed-load-p99.png)
                ![answers per second](charts/mixed-load-throughput.png)

                """).toString();
    }

    private static String target(int rate) {
        if (rate == TARGET_RATE) {
            return "p99 < %.0f ms, no errors, none refused".formatted(TARGET_P99_MS);
        }
        return rate > TARGET_RATE ? "excess refused within %.0f ms p99; admitted p99 < %.0f ms; no errors"
                .formatted(REFUSAL_P99_MS, ADMITTED_P99_BOUND_MS) : "none set";
    }

    private static String verdict(int rate, OpenLoad.Result measured) {
        double p99 = measured.admittedPercentileMillis(99);
        if (rate == TARGET_RATE) {
            return p99 < TARGET_P99_MS && measured.errors() == 0 && measured.refused() == 0 ? "met" : "MISSED";
        }
        if (rate > TARGET_RATE) {
            return measured.errors() == 0 && p99 < ADMITTED_P99_BOUND_MS
                    && measured.refusedPercentileMillis(99) < REFUSAL_P99_MS ? "degraded gracefully" : "MISSED";
        }
        return measured.errors() == 0 ? "no errors" : "ERRORS";
    }

    private HttpRequest mixedRequest(int i) {
        URI household = services.get("household-service").url();
        URI team = services.get("team-service").url();
        URI reporting = services.get("reporting-service").url();
        return switch (i % 10) {
            case 0, 1, 2 -> get(household.resolve("/api/v1/households/" + households.get(i % households.size())));
            case 3, 4 -> get(team.resolve("/api/v1/carers/" + carers.get(i % carers.size())));
            case 5, 6 -> get(reporting.resolve("/api/v1/areas/" + VILLAGE + "/progress"));
            case 7, 8 -> nomination();
            default -> carerRegistration();
        };
    }

    private static HttpRequest floorRequest(URI floor, int i) {
        return i % 10 < 7
                ? HttpRequest.newBuilder(floor.resolve("/floor/" + (1 + i % 100))).build()
                : HttpRequest.newBuilder(floor.resolve("/floor")).POST(HttpRequest.BodyPublishers.ofString(VILLAGE)).build();
    }

    private HttpRequest nomination() {
        String body = """
                {"forumDate": "%s", "villageCode": "%s", "reason": "benchmark",
                 "head": {"nationalId": "%s", "firstName": "ทดสอบ", "lastName": "ภาระผสม"}}"""
                .formatted(LocalDate.now().minusDays(1), VILLAGE, NationalIds.random());
        return post(services.get("household-service").url().resolve("/api/v1/households/forum-nominations"), body);
    }

    private HttpRequest carerRegistration() {
        String body = """
                {"name": "ผู้ดูแล ภาระผสม", "role": "COMMUNITY_LEADER", "areaCode": "%s", "reason": "benchmark"}"""
                .formatted(VILLAGE);
        return post(services.get("team-service").url().resolve("/api/v1/carers"), body);
    }

    // ---- household search -----------------------------------------------------------------------

    private String search(int warmUp, int warmUpMax) throws Exception {
        seed();
        System.out.println("Household search: a province's first page at 100 a second (and the floor) ...");
        URI page = services.get("household-service").url().resolve("/api/v1/households?area=24&limit=50");
        URI floor = services.get("floor-service").url();
        int rate = 100;
        JitWarmUp.until(List.of(services.get("household-service")),
                s -> OpenLoad.run(http, rate, Duration.ofSeconds(s), i -> get(page)), warmUp, warmUpMax);
        var measured = OpenLoad.run(http, rate, Duration.ofSeconds(20), i -> get(page));
        var bare = OpenLoad.run(http, rate, Duration.ofSeconds(20), i -> floorRequest(floor, i % 7));
        Summary.add("household search: a province's first page of 50",
                "p50 %.2f ms, p99 %.2f ms, %d errors".formatted(measured.percentileMillis(50), measured.percentileMillis(99),
                        measured.errors()),
                "a one-row read of floor-service p50 %.2f ms, p99 %.2f ms".formatted(bare.percentileMillis(50),
                        bare.percentileMillis(99)),
                "none set", measured.errors() == 0 ? "no errors" : "ERRORS");
        return """
                ## Household search

                `GET /api/v1/households?area=24&limit=50` (a province's first page, in area order) at 100 a second
                for 20 s: p50 %.2f ms, p99 %.2f ms, %d errors; floor, a one-row read of floor-service at the same
                rate: p50 %.2f ms, p99 %.2f ms.

                """.formatted(measured.percentileMillis(50), measured.percentileMillis(99), measured.errors(),
                bare.percentileMillis(50), bare.percentileMillis(99));
    }

    // ---- contention -----------------------------------------------------------------------------

    private String contention() throws Exception {
        StringBuilder md = new StringBuilder("""
                ## Carer contention

                200 assignments of different households to one carer, all handed to the HTTP client at once, each
                from its own field worker's token; just before, a burst of as many reads of that carer: the floor the
                machine's HTTP stack and the client set for 200 requests at once.

                | team-service instances | outcome | p50 | p99 | floor p50 | floor p99 |
                |---:|---|---:|---:|---:|---:|
                """);
        var second = start("team-service");
        try {
            for (List<URI> teams : List.of(List.of(services.get("team-service").url()),
                    List.of(services.get("team-service").url(), second.url()))) {
                var benchmark = new CarerCapacityBenchmark(services.get("household-service").url(), teams, keys, VILLAGE);
                benchmark.warmUp(200);
                var round = benchmark.round(200);
                md.append("| %d | %s, exactly 3 assigned: %s | %d ms | %d ms | %d ms | %d ms |%n".formatted(teams.size(),
                        round.byStatus(), round.exact(), round.p50(), round.p99(), round.floorP50(), round.floorP99()));
                Summary.add("carer contention, %d team-service instance(s)".formatted(teams.size()),
                        "%s; p50 %d ms, p99 %d ms".formatted(round.byStatus(), round.p50(), round.p99()),
                        "200 reads at once: p50 %d ms, p99 %d ms".formatted(round.floorP50(), round.floorP99()),
                        "exactly 3 assigned; p99 < %.0f ms".formatted(CONTENTION_TARGET_MS),
                        (round.exact() ? "exact" : "NOT EXACT") + ", p99 " + (round.p99() < CONTENTION_TARGET_MS ? "met" : "MISSED"));
            }
        } finally {
            second.close();
        }
        return md.append('\n').toString();
    }

    // ---- plan read ------------------------------------------------------------------------------

    private String planRead() throws Exception {
        System.out.println("Plan read: a plan of 200 activities revised 60 times, read 2,000 times ...");
        String fieldTeam = keys.mint("bench-planner", Set.of("field-team"), "24", Duration.ofHours(1));
        registerPlansAgency();
        boolean met = new PlanReadBenchmark(services.get("household-service").url().toString(),
                services.get("plan-service").url().toString(), fieldTeam, VILLAGE).run(2000, 45);
        return """
                ## Plan read

                A life-compass plan of 200 activities revised 60 times, read 2,000 times (45 a second, each beside a
                small GET of the same service), and revisions timed early and late in a plan's history: target p99
                under 20 ms, %s (figures in the summary table).

                """.formatted(met ? "met" : "MISSED");
    }

    // ---- plumbing -------------------------------------------------------------------------------

    private ServiceProcess start(String module) {
        // one client stands for many users here: the per-client rate limit would refuse it
        Map<String, String> settings = new TreeMap<>(Map.of("web.rate-limit.enabled", "false"));
        if (module.equals("floor-service")) {
            // it has no migrations for an owner to run: it creates its one table at start, as the owner
            settings.put("quarkus.datasource.username", Database.ownerOf(Services.databaseOf(module)));
        }
        return Services.start(module, root, Services.runnerJar(root, module), postgres, kafka, keys, "512m",
                settings, data.resolveSibling(module + "-" + (++launched) + ".log"));
    }

    /** The agency the plan's agency activities name, in plan-service's registry (a second time finds it: 412). */
    private void registerPlansAgency() throws Exception {
        URI agency = services.get("plan-service").url().resolve("/api/v1/agencies/" + PlanReadBenchmark.AGENCY);
        var put = HttpRequest.newBuilder(agency)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("""
                        {"nameTh": "สำนักงานส่งเสริมการเรียนรู้จังหวัดฉะเชิงเทรา", "nameEn": "Provincial learning office",
                         "level": "PROVINCE", "areaCode": "24", "dimensions": ["EDUCATION"], "helpKinds": ["TRAINING"],
                         "welfareNeeds": [], "reason": "benchmark"}""")).build();
        int status = http.send(put, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200 && status != 412) {
            throw new IllegalStateException("registering " + PlanReadBenchmark.AGENCY + " answered " + status);
        }
    }

    private HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build();
    }

    private HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
