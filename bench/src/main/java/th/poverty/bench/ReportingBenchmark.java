package th.poverty.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import th.poverty.testing.KafkaBroker;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Ports;
import th.poverty.testing.PostgresServer;
import th.poverty.testing.PublishedEvent;
import th.poverty.testing.ServiceProcess;
import th.poverty.testing.TokenKeys;

/**
 * Issue 7's anchors for reporting-service as deployed (runner jars, real PostgreSQL and Kafka on
 * this machine), each beside its floor in the same run:
 * <ol>
 * <li><b>freshness</b>: forum nominations sent to household-service at a fixed rate (open model);
 * for the k-th acknowledged one, the time until the province's roll-up in reporting-service counts
 * k of them (polled every few milliseconds), vs Kafka's {@code EndToEndLatency} on the same broker.
 * Targets: p99 at most 5x the floor and under 25 ms;</li>
 * <li><b>rebuild</b>: events per second of a full rebuild of the projections ({@code RebuildCommand},
 * as operators run it) from 2 events per household on {@code household.events}, vs Kafka's
 * {@code ConsumerPerformance} reading the same topic. Target: at least 0.1x;</li>
 * <li><b>national roll-up</b>: {@code GET /api/v1/areas/TH/progress} over all those households,
 * sequential requests after a warm-up, p99 vs the service's own liveness endpoint. Target: under 50 ms.</li>
 * </ol>
 * <pre>
 * ./mvnw -q install -DskipTests
 * java -cp "bench/target/classes:bench/target/lib/*" th.poverty.bench.ReportingBenchmark \
 *      [--households 1000000] [--rate 100] [--seconds 30] [--warm-up 60] [--warm-up-max 300] [--queries 2000] \
 *      [--report bench/results/reporting.md] \
 *      [--sections freshness,rebuild,rollup,scaleout]
 * </pre>
 */
public final class ReportingBenchmark {

    static final double FRESHNESS_TARGET_MS = 25;
    static final double FRESHNESS_TARGET_RATIO = 5;
    static final double REBUILD_TARGET_RATIO = 0.1;
    static final double ROLL_UP_TARGET_MS = 50;
    private static final String TOPIC = "household.events";
    private static final List<String> TOPICS = Identifications.TOPICS;
    private static final String GROUP = "reporting-service";
    private static final Duration POLL = Duration.ofMillis(5);
    private static final int GENTLE_START_SECONDS = 30;
    private static final Pattern IDENTIFIED = Pattern.compile("\"identified\"\\s*:\\s*\\{[^}]*?\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern REBUILT = Pattern.compile("records=(\\d+).*took=(PT[0-9.HMS]+).*phases=Phases\\[([^\\]]*)\\]");

    record Latencies(double p50, double p99, double max, int count) {
        static Latencies of(List<Double> millis) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return new Latencies(percentile(sorted, 50), percentile(sorted, 99), sorted.getLast(), sorted.size());
        }

        private static double percentile(List<Double> sorted, double p) {
            return sorted.get((int) Math.ceil(p / 100 * sorted.size()) - 1);
        }
    }

    /** Also the CPU seconds household-service, reporting-service and PostgreSQL used over the measured run. */
    record Freshness(Latencies commands, Latencies visible, double floorP50, double floorP99, int rate,
                     double seconds, double warmUpSeconds, double householdCpu, double reportingCpu, double postgresCpu) {
    }

    /** @param phases the rebuild's own account of its steps' durations */
    record Rebuild(long events, double seconds, double eventsPerSecond, double floorPerSecond, double produceSeconds,
                   String phases) {
    }

    record RollUp(Latencies national, Latencies province, Latencies floor, long households) {
    }

    /** Live consumption of the same number of new events by one instance, then by two sharing the partitions. */
    record ScaleOut(long events, double oneInstance, double twoInstances) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Path root;
    private final Path data;
    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final TokenKeys keys;
    private final String ministry;
    private final List<String> fieldWorkers = new ArrayList<>();
    private final List<String> villages;

    private ReportingBenchmark(Path root, Path data, PostgresServer postgres, KafkaBroker kafka, TokenKeys keys) {
        this.root = root;
        this.data = data;
        this.postgres = postgres;
        this.kafka = kafka;
        this.keys = keys;
        this.ministry = keys.mint("bench-ministry", Set.of("ministry"), "", Duration.ofHours(4));
        for (int i = 0; i < 10; i++) {
            fieldWorkers.add(keys.mint("bench-field-" + i, Set.of("field-team"), "24", Duration.ofHours(4)));
        }
        this.villages = Identifications.villagesOf("24");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.of(args);
        int households = Integer.parseInt(options.getOrDefault("--households", "1000000"));
        int rate = Integer.parseInt(options.getOrDefault("--rate", "100"));
        int seconds = Integer.parseInt(options.getOrDefault("--seconds", "30"));
        int queries = Integer.parseInt(options.getOrDefault("--queries", "2000"));
        int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "60"));
        int warmUpMax = Integer.parseInt(options.getOrDefault("--warm-up-max", "300"));
        Set<String> sections = Set.of(options.getOrDefault("--sections", "freshness,rebuild,rollup,scaleout").split(","));
        Path root = Path.of("").toAbsolutePath();
        Path report = Path.of(options.getOrDefault("--report", "bench/results/reporting.md"));
        Path data = root.resolve("bench/target/reporting/data");
        BmnImportBenchmark.deleteTree(data);
        Files.createDirectories(data);
        Instant began = Instant.now();
        System.out.println("Starting PostgreSQL and Kafka ...");
        var postgres = PostgresServer.start(data.resolve("postgres"), Ports.free(), false);
        var kafka = KafkaBroker.start(data.resolve("kafka"), Ports.free(), Ports.free(), "1g");
        try {
            var bench = new ReportingBenchmark(root, data, postgres, kafka, TokenKeys.loadOrCreate(data.resolve("keys")));
            List<String> summary = new ArrayList<>();
            if (sections.contains("freshness")) {
                Freshness freshness = bench.freshness(rate, seconds, warmUp, warmUpMax);
                summary.add(summary(freshness));
                addToSummary(freshness);
            } else {
                bench.service("reporting-service", Map.of()).close(); // its schema, which the rebuild writes into
            }
            if (sections.contains("rebuild")) {
                Rebuild rebuild = bench.rebuild(households);
                summary.add(summary(rebuild));
                addToSummary(rebuild);
            }
            if (sections.contains("rollup")) {
                RollUp rollUp = bench.rollUp(queries, households);
                summary.add(summary(rollUp));
                addToSummary(rollUp);
            }
            if (sections.contains("scaleout")) {
                ScaleOut scaleOut = bench.scaleOut(Math.max(10_000, households / 10));
                summary.add(String.format("Scale-out: %,d new events consumed live by one reporting-service at %,.0f "
                                + "events/s, by two at %,.0f events/s (%.2fx)", scaleOut.events(), scaleOut.oneInstance(),
                        scaleOut.twoInstances(), scaleOut.twoInstances() / scaleOut.oneInstance()));
                Summary.add("scale-out: reporting-service consuming %,d new events live".formatted(scaleOut.events()),
                        "two instances %,.0f events/s".formatted(scaleOut.twoInstances()),
                        "one instance %,.0f events/s".formatted(scaleOut.oneInstance()), "none set",
                        "%.2fx".formatted(scaleOut.twoInstances() / scaleOut.oneInstance()));
            }
            System.out.println(String.join("\n", summary));
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, markdown(began, options, String.join("\n", summary)));
            System.out.println("Report: " + report.toAbsolutePath());
        } finally {
            kafka.close();
            postgres.close();
            BmnImportBenchmark.deleteTree(data);
        }
    }

    // ---- freshness ------------------------------------------------------------------------------

    private Freshness freshness(int rate, int seconds, int warmUpSeconds, int warmUpMaxSeconds) throws Exception {
        try (var household = service("household-service", Map.of());
             var reporting = service("reporting-service", Map.of())) {
            System.out.printf("Freshness: %d nominations a second for %d s ...%n", rate, seconds);
            // a quarter of the rate first: cold, on a slow machine, household-service filled its
            // admission limit at the full rate and refused for longer than a client retries
            nominateAtRate(household.url(), reporting.url(), Math.max(1, rate / 4), GENTLE_START_SECONDS);
            double warmedUp = JitWarmUp.until(List.of(household, reporting),
                    warmSeconds -> nominateAtRate(household.url(), reporting.url(), rate, warmSeconds),
                    warmUpSeconds, warmUpMaxSeconds);
            Duration householdBefore = CpuTime.ofProcess(household.pid());
            Duration reportingBefore = CpuTime.ofProcess(reporting.pid());
            Duration householdJitBefore = CpuTime.ofJitCompiler(household.pid());
            Duration reportingJitBefore = CpuTime.ofJitCompiler(reporting.pid());
            Duration postgresBefore = CpuTime.ofPostgres(postgres.port());
            for (String database : List.of("household", "reporting")) {
                try (var connection = postgres.connect(database)) {
                    StatementTimes.reset(connection);
                }
            }
            long started = System.nanoTime();
            var measured = nominateAtRate(household.url(), reporting.url(), rate, seconds);
            printStatements("household", "reporting");
            double took = (System.nanoTime() - started) / 1e9;
            double householdCpu = CpuTime.ofProcess(household.pid()).minus(householdBefore).toMillis() / 1000.0;
            double reportingCpu = CpuTime.ofProcess(reporting.pid()).minus(reportingBefore).toMillis() / 1000.0;
            double postgresCpu = CpuTime.ofPostgres(postgres.port()).minus(postgresBefore).toMillis() / 1000.0;
            System.out.printf("  JIT compiler during the run: household-service %.1f s, reporting-service %.1f s%n",
                    CpuTime.ofJitCompiler(household.pid()).minus(householdJitBefore).toMillis() / 1000.0,
                    CpuTime.ofJitCompiler(reporting.pid()).minus(reportingJitBefore).toMillis() / 1000.0);
            System.out.println("Kafka's EndToEndLatency on the same broker ...");
            String out = KafkaBroker.runTool("org.apache.kafka.tools.EndToEndLatency", Duration.ofMinutes(5),
                    kafka.bootstrapServers(), "bench.end-to-end", Integer.toString(rate * seconds), "all", "500");
            Matcher m = Pattern.compile("50th = ([\\d.]+), 99th = ([\\d.]+)").matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("EndToEndLatency printed no percentiles:\n" + out);
            }
            return new Freshness(measured.get(0), measured.get(1), Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2)), rate, took, warmedUp, householdCpu, reportingCpu, postgresCpu);
        }
    }

    /** Returns the command latencies and the freshness latencies. */
    private List<Latencies> nominateAtRate(URI household, URI reporting, int rate, int seconds) throws Exception {
        int count = rate * seconds;
        long base = identifiedInProvince(reporting);
        var acknowledged = new ConcurrentLinkedQueue<Long>();
        var commandMillis = new ConcurrentLinkedQueue<Double>();
        List<long[]> seen = Collections.synchronizedList(new ArrayList<>());
        var done = new CountDownLatch(count);
        var polling = Thread.ofPlatform().start(() -> {
            long last = base;
            while (last < base + count && !Thread.currentThread().isInterrupted()) {
                long now = identifiedInProvince(reporting);
                if (now > last) {
                    seen.add(new long[] {System.nanoTime(), now - base});
                    last = now;
                }
                Services.sleep(POLL);
            }
        });
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        for (int i = 0; i < count; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            int n = i;
            Thread.startVirtualThread(() -> {
                try {
                    long sent = System.nanoTime();
                    nominate(household, n);
                    long ack = System.nanoTime();
                    commandMillis.add((ack - sent) / 1e6);
                    acknowledged.add(ack);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        polling.join(Duration.ofSeconds(60));
        polling.interrupt();
        List<Long> acks = acknowledged.stream().sorted().toList();
        List<Double> freshness = new ArrayList<>();
        synchronized (seen) {
            if (seen.isEmpty() || seen.getLast()[1] < count) {
                throw new IllegalStateException("reporting-service counted " + (seen.isEmpty() ? 0 : seen.getLast()[1])
                        + " of " + count + " nominations within 60 s");
            }
            int s = 0;
            for (int k = 0; k < acks.size(); k++) {
                while (seen.get(s)[1] < k + 1) {
                    s++;
                }
                freshness.add(Math.max(0, seen.get(s)[0] - acks.get(k)) / 1e6);
            }
        }
        // when the slowest were acknowledged, to tell a stall (one moment) from a queue (throughout)
        List<Integer> slowest = java.util.stream.IntStream.range(0, freshness.size()).boxed()
                .sorted((a, b) -> Double.compare(freshness.get(b), freshness.get(a))).limit(5).toList();
        System.out.println("  slowest: " + slowest.stream().map(k -> "%.0f ms at +%.1f s".formatted(freshness.get(k),
                (acks.get(k) - start) / 1e9)).collect(Collectors.joining(", ")));
        return List.of(Latencies.of(new ArrayList<>(commandMillis)), Latencies.of(freshness));
    }

    private void nominate(URI household, int n) {
        String body = """
                {"forumDate": "%s", "villageCode": "%s", "reason": "benchmark",
                 "head": {"nationalId": "%s", "firstName": "ทดสอบ", "lastName": "ความสด"}}"""
                .formatted(LocalDate.now().minusDays(1), villages.get(n % villages.size()), NationalIds.random());
        var request = HttpRequest.newBuilder(household.resolve("/api/v1/households/forum-nominations"))
                .header("Authorization", "Bearer " + fieldWorkers.get(n % fieldWorkers.size()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        Answers.expect(http, request, 201);
    }

    private long identifiedInProvince(URI reporting) {
        Matcher m = IDENTIFIED.matcher(get(reporting.resolve("/api/v1/areas/24/progress")));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    // ---- rebuild --------------------------------------------------------------------------------

    private Rebuild rebuild(int households) throws Exception {
        Identifications.createTopics(kafka.bootstrapServers());
        System.out.printf("Rebuild: producing %,d events (%,d households, identified and visited) ...%n", 2L * households,
                households);
        long produceStart = System.nanoTime();
        long events = produce(households);
        double produceSeconds = (System.nanoTime() - produceStart) / 1e9;
        System.out.printf("  produced in %.1f s; Kafka's ConsumerPerformance on %s ...%n", produceSeconds, TOPIC);
        // as many records as were just produced, not the end offsets
        double floor = ConsumerPerformance.recordsPerSecond(kafka.bootstrapServers(), TOPIC, events);
        System.out.println("  rebuilding with RebuildCommand ...");
        Path app = Services.runnerJar(root, "reporting-service").getParent();
        Duration postgresBefore = CpuTime.ofPostgres(postgres.port());
        try (var database = postgres.connect("reporting")) {
            StatementTimes.reset(database);
        }
        Duration commandBefore = CpuTime.ofEndedChildren();
        String out = runJava(List.of(app.resolve("app/*").toString() + ":" + app.resolve("lib/main/*"),
                "th.poverty.reporting.rebuild.RebuildCommand", "rebuild", postgres.jdbcUrl("reporting"), postgres.user(),
                postgres.password(), kafka.bootstrapServers()));
        Matcher m = REBUILT.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("RebuildCommand printed no result:\n" + out);
        }
        long records = Long.parseLong(m.group(1));
        double seconds = Duration.parse(m.group(2)).toNanos() / 1e9;
        System.out.printf("  %,d events in %.1f s (%s); CPU-s used by PostgreSQL %.1f, by RebuildCommand %.1f "
                        + "(from its start)%n", records, seconds, m.group(3),
                CpuTime.ofPostgres(postgres.port()).minus(postgresBefore).toMillis() / 1000.0,
                CpuTime.ofEndedChildren().minus(commandBefore).toMillis() / 1000.0);
        printStatements("reporting");
        return new Rebuild(records, seconds, records / seconds, floor, produceSeconds, m.group(3));
    }

    /** Where each database's time went since its statistics were reset, the top statements. */
    private void printStatements(String... databases) throws Exception {
        for (String name : databases) {
            try (var database = postgres.connect(name)) {
                System.out.println("  " + name + " database, by statement:");
                for (var statement : StatementTimes.top(database, 8)) {
                    System.out.printf("    %4.1f %% %6.2f s %7d calls %s%n", 100 * statement.share(),
                            statement.totalSeconds(), statement.calls(),
                            statement.text().substring(0, Math.min(140, statement.text().length())));
                }
            }
        }
    }

    /** As household-service publishes them: keyed by household, CloudEvents headers, JSON payloads. */
    private long produce(int households) {
        List<String> everywhere = Identifications.villagesOf("");
        String day = LocalDate.now().minusDays(3).toString();
        try (var producer = Identifications.producer(kafka.bootstrapServers())) {
            for (int i = 0; i < households; i++) {
                String id = UUID.randomUUID().toString();
                String visited = "{\"householdId\":\"%s\",\"visitedOn\":\"%s\",\"visitedBy\":[\"พัฒนากร\"]}".formatted(id, day);
                Identifications.send(producer, PublishedEvent.of(TOPIC, "household-service", "HouseholdIdentified", "household", id, 1,
                        Identifications.payload(id, everywhere.get(i % everywhere.size()), day)));
                Identifications.send(producer, PublishedEvent.of(TOPIC, "household-service", "HouseholdVisited", "household", id, 2,
                        visited));
            }
            producer.flush();
        }
        return 2L * households;
    }

    // ---- national roll-up -----------------------------------------------------------------------

    private RollUp rollUp(int queries, int households) throws Exception {
        // the rebuild replayed everything; the live consumers go on from the end, as after a real one
        moveGroupToEnd();
        try (var reporting = service("reporting-service", Map.of())) {
            System.out.printf("National roll-up: %,d sequential GETs after a warm-up ...%n", queries);
            URI national = reporting.url().resolve("/api/v1/areas/TH/progress");
            URI province = reporting.url().resolve("/api/v1/areas/10/progress");
            URI live = reporting.url().resolve("/q/health/live");
            Matcher m = IDENTIFIED.matcher(get(national));
            long counted = m.find() ? Long.parseLong(m.group(1)) : 0;
            for (int i = 0; i < 200; i++) {
                get(national);
                get(province);
                get(live);
            }
            List<Double> n = new ArrayList<>();
            List<Double> p = new ArrayList<>();
            List<Double> f = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                n.add(timed(national));
                p.add(timed(province));
                f.add(timed(live));
            }
            return new RollUp(Latencies.of(n), Latencies.of(p), Latencies.of(f), counted);
        }
    }

    /** Waits for the stopped service's consumers to leave the group (a session at most), then moves it. */
    // ---- scale-out ------------------------------------------------------------------------------

    private ScaleOut scaleOut(int events) throws Exception {
        System.out.printf("Scale-out: %,d new events, consumed by one reporting-service, then by two ...%n", events);
        double one = consumeLive(events, 1);
        double two = consumeLive(events, 2);
        return new ScaleOut(events, one, two);
    }

    /** Produces {@code events} identifications with no service consuming, then times the instances catching up. */
    private double consumeLive(int events, int instances) throws Exception {
        moveGroupToEnd();
        long logged = loggedEvents();
        produceIdentifications(events);
        List<ServiceProcess> running = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                running.add(service("reporting-service", Map.of()));
            }
            long start = System.nanoTime();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            while (loggedEvents() < logged + events) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("reporting-service did not catch up within 10 minutes");
                }
                Services.sleep(Duration.ofMillis(100));
            }
            return events / ((System.nanoTime() - start) / 1e9);
        } finally {
            running.forEach(ServiceProcess::close);
        }
    }

    private long loggedEvents() throws Exception {
        try (var connection = postgres.connect("reporting"); var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from event_log")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void produceIdentifications(int households) {
        Identifications.produce(kafka.bootstrapServers(), households, Identifications.villagesOf(""));
    }

    private void moveGroupToEnd() throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (true) {
            try {
                tryMoveGroupToEnd();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Services.sleep(Duration.ofSeconds(2));
            }
        }
    }

    private void tryMoveGroupToEnd() throws Exception {
        try (var admin = admin()) {
            var partitions = admin.describeTopics(TOPICS).allTopicNames().get().values().stream()
                    .flatMap(t -> t.partitions().stream().map(p -> new TopicPartition(t.name(), p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions).all().get();
            admin.alterConsumerGroupOffsets(GROUP, ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> new OffsetAndMetadata(e.getValue().offset())))).all().get();
        }
    }

    // ---- plumbing -------------------------------------------------------------------------------

    private ServiceProcess service(String module, Map<String, String> settings) {
        Map<String, String> all = new TreeMap<>(settings);
        all.put("web.rate-limit.enabled", "false"); // one benchmark client stands for many users
        return Services.start(module, root, Services.runnerJar(root, module), postgres, kafka, keys, "512m", all,
                data.resolveSibling(module + ".log"));
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    private double timed(URI uri) {
        long start = System.nanoTime();
        get(uri);
        return (System.nanoTime() - start) / 1e6;
    }

    private String get(URI uri) {
        return Answers.expect(http, HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + ministry).build(), 200);
    }

    private static String runJava(List<String> classpathAndArgs) throws Exception {
        // a batch job: the throughput collector and a young generation that holds a poll's garbage,
        // as RebuildCommand's usage advises
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-Xmn1g", "-XX:+UseParallelGC"));
        // e.g. -Dbench.tool-jvm-options=-agentpath:...libasyncProfiler.so=start,event=cpu,file=rebuild.html
        String extra = System.getProperty("bench.tool-jvm-options", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.split(" ")));
        }
        command.add("-cp");
        command.addAll(classpathAndArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }

    // ---- report ---------------------------------------------------------------------------------

    static String summary(Freshness f) {
        double ratio = f.visible().p99() / Math.max(f.floorP99(), 0.001);
        return String.format("""
                        Freshness at %d commands/s: command p50 %.1f ms, p99 %.1f ms; visible in the roll-up p50 %.1f ms, \
                        p99 %.1f ms (max %.1f, %d commands)
                          Kafka EndToEndLatency on the same broker: p50 %.1f ms, p99 %.1f ms; ratio of p99s %.1fx \
                        (target <= %.0fx and < %.0f ms: %s)
                          after a warm-up of %.0f s; CPU over the %.0f s: household-service %.1f s, reporting-service %.1f s, PostgreSQL %.1f s \
                        (of %d CPUs x %.0f s)""",
                f.rate(), f.commands().p50(), f.commands().p99(), f.visible().p50(), f.visible().p99(), f.visible().max(),
                f.visible().count(), f.floorP50(), f.floorP99(), ratio, FRESHNESS_TARGET_RATIO, FRESHNESS_TARGET_MS,
                verdict(ratio <= FRESHNESS_TARGET_RATIO && f.visible().p99() < FRESHNESS_TARGET_MS),
                f.warmUpSeconds(), f.seconds(), f.householdCpu(), f.reportingCpu(), f.postgresCpu(), Runtime.getRuntime().availableProcessors(),
                f.seconds());
    }

    static String summary(Rebuild r) {
        return String.format("Rebuild: %,d events in %.1f s = %,.0f events/s; ConsumerPerformance %,.0f records/s; ratio "
                        + "%.3f (target >= %.1f: %s)%n  steps: %s", r.events(), r.seconds(), r.eventsPerSecond(),
                r.floorPerSecond(), r.eventsPerSecond() / r.floorPerSecond(), REBUILD_TARGET_RATIO,
                verdict(r.eventsPerSecond() / r.floorPerSecond() >= REBUILD_TARGET_RATIO), r.phases());
    }

    static String summary(RollUp u) {
        return String.format("National roll-up over %,d households: p50 %.2f ms, p99 %.2f ms (target < %.0f ms: %s); "
                        + "a province p99 %.2f ms; liveness endpoint p50 %.2f ms, p99 %.2f ms", u.households(),
                u.national().p50(), u.national().p99(), ROLL_UP_TARGET_MS, verdict(u.national().p99() < ROLL_UP_TARGET_MS),
                u.province().p99(), u.floor().p50(), u.floor().p99());
    }

    private static void addToSummary(Freshness f) {
        double ratio = f.visible().p99() / Math.max(f.floorP99(), 0.001);
        Summary.add("freshness at %d commands/s (command to roll-up)".formatted(f.rate()),
                "p50 %.1f ms, p99 %.1f ms".formatted(f.visible().p50(), f.visible().p99()),
                "Kafka EndToEndLatency p50 %.1f ms, p99 %.1f ms".formatted(f.floorP50(), f.floorP99()),
                "p99 <= %.0fx floor and < %.0f ms".formatted(FRESHNESS_TARGET_RATIO, FRESHNESS_TARGET_MS),
                "%.1fx, %s".formatted(ratio, verdict(ratio <= FRESHNESS_TARGET_RATIO && f.visible().p99() < FRESHNESS_TARGET_MS)));
    }

    private static void addToSummary(Rebuild r) {
        double rebuildRatio = r.eventsPerSecond() / r.floorPerSecond();
        Summary.add("projection rebuild, %,d events".formatted(r.events()), "%,.0f events/s".formatted(r.eventsPerSecond()),
                "Kafka ConsumerPerformance %,.0f records/s".formatted(r.floorPerSecond()),
                ">= %.1fx".formatted(REBUILD_TARGET_RATIO), "%.3fx, %s".formatted(rebuildRatio,
                        verdict(rebuildRatio >= REBUILD_TARGET_RATIO)));
    }

    private static void addToSummary(RollUp u) {
        Summary.add("national roll-up over %,d households".formatted(u.households()),
                "p50 %.2f ms, p99 %.2f ms".formatted(u.national().p50(), u.national().p99()),
                "liveness endpoint p50 %.2f ms, p99 %.2f ms".formatted(u.floor().p50(), u.floor().p99()),
                "p99 < %.0f ms".formatted(ROLL_UP_TARGET_MS), verdict(u.national().p99() < ROLL_UP_TARGET_MS));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static String markdown(Instant began, Map<String, String> options, String summary) {
        return """
                # Reporting: freshness, rebuild, national roll-up

                Run %s on %d CPUs, Java %s; PostgreSQL, Kafka, household-service and reporting-service on this machine
                (PostgreSQL with fsync off, as in the tests). Options: %s.

                ```
                %s
                ```

                Freshness is measured by polling the province's roll-up every %d ms, so it is at most that much late.
                Run it again: `java -cp "bench/target/classes:bench/target/lib/*" th.poverty.bench.ReportingBenchmark`
                after `./mvnw -q install -DskipTests`.
                """.formatted(began.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                options.isEmpty() ? "defaults" : options, summary, POLL.toMillis());
    }
}
