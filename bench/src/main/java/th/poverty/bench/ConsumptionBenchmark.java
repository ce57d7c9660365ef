package th.poverty.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import th.poverty.testing.KafkaBroker;
import th.poverty.testing.Ports;
import th.poverty.testing.PostgresServer;
import th.poverty.testing.TokenKeys;

/**
 * Live consumption: how fast each service that follows household-service takes up a survey
 * import's events. {@code --warm-up} and then {@code --events} identifications are put on
 * household.events first; then team-, plan- and reporting-service are started one at a time and
 * each, once it has taken up the warm-up's (a live service's code is compiled; a fresh JVM's is
 * not), is timed until its read model holds every household (the events it took while warming up
 * are not counted): until it holds each partition's last household, which a consumer that keeps
 * each partition's order takes up last, and reporting-service's roll-up counts every household too,
 * then checked by counting the whole read model once. The warm-up's own rate, from the first
 * ready answer, is reported beside. The floor is Kafka's own {@code ConsumerPerformance} reading
 * the same number of records in the same run. Target: at least 20,000 events a second per service.
 * <pre>
 * ./mvnw -q install -DskipTests
 * java -cp "bench/target/classes:bench/target/lib/*" th.poverty.bench.ConsumptionBenchmark \
 *      [--events 300000] [--warm-up 100000] [--services team-service,plan-service,reporting-service]
 *      [--report bench/results/consumption.md]
 *      [--set key=value,...]   (configuration for every service, e.g. to try another poll size)
 * </pre>
 */
public final class ConsumptionBenchmark {

    static final double TARGET_PER_SECOND = 20_000;
    private static final Duration CATCH_UP = Duration.ofMinutes(10);
    /**
     * How often the read model is asked for each partition's last household: a few key look-ups,
     * where a count of a table being filled cost PostgreSQL a scan each time (a tenth of its CPU).
     */
    private static final Duration POLL = Duration.ofMillis(100);
    private static final int STATEMENTS = 6;

    /**
     * A consuming service and the read model (keyed by household_id) that shows what it took up;
     * {@code counted}, if not null, gives how many households its roll-up counts, which must reach
     * every one too (reporting-service adds a survey import's changes to its counters afterwards).
     */
    record Follower(String module, String database, String table, String counted) {
        String countQuery() {
            return "select count(*) from " + table;
        }
    }

    static final List<Follower> FOLLOWERS = List.of(
            new Follower("team-service", "team", "care_households", null),
            new Follower("plan-service", "plan", "plan_households", null),
            new Follower("reporting-service", "reporting", "households",
                    "select coalesce(sum(value), 0) from area_totals where area_code = 'TH' and measure = 'IDENTIFIED'"));

    /**
     * @param counted         events taken up after the warm-up, over {@code seconds}
     * @param warmUpPerSecond the rate of the warm-up's events, from the first ready answer
     * @param serviceCpu      the service's CPU time over those seconds
     * @param postgresCpu     PostgreSQL's CPU time over those seconds
     * @param statements      where PostgreSQL's time went
     */
    record Consumed(String module, long counted, double seconds, double startSeconds, double warmUpPerSecond,
                    Duration serviceCpu, Duration postgresCpu, List<StatementTimes.Statement> statements) {
        double perSecond() {
            return counted / seconds;
        }

        /** CPU microseconds per event taken up. */
        double micros(Duration cpu) {
            return cpu.toNanos() / 1000.0 / counted;
        }
    }

    private ConsumptionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.of(args);
        int events = Integer.parseInt(options.getOrDefault("--events", "300000"));
        int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "100000"));
        Path report = Path.of(options.getOrDefault("--report", "bench/results/consumption.md"));
        Map<String, String> settings = new TreeMap<>(Map.of("web.rate-limit.enabled", "false"));
        for (String setting : options.getOrDefault("--set", "").split(",")) {
            if (setting.contains("=")) {
                settings.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        List<String> services = List.of(options.getOrDefault("--services",
                String.join(",", FOLLOWERS.stream().map(Follower::module).toList())).split(","));
        Path root = Path.of("").toAbsolutePath();
        Path data = root.resolve("bench/target/consumption/data");
        BmnImportBenchmark.deleteTree(data);
        Files.createDirectories(data);
        System.out.println("Starting PostgreSQL and Kafka ...");
        var postgres = PostgresServer.start(data.resolve("postgres"), Ports.free(), false);
        var kafka = KafkaBroker.start(data.resolve("kafka"), Ports.free(), Ports.free(), "1g");
        try {
            var keys = TokenKeys.loadOrCreate(data.resolve("keys"));
            Identifications.createTopics(kafka.bootstrapServers());
            System.out.printf("Producing %,d and %,d HouseholdIdentified on %s ...%n", warmUp, events, Identifications.TOPIC);
            var villages = Identifications.villagesOf("");
            var backlog = new Backlog(warmUp, Identifications.produce(kafka.bootstrapServers(), warmUp, villages),
                    events, Identifications.produce(kafka.bootstrapServers(), events, villages));
            System.out.println("Kafka's ConsumerPerformance on the same records ...");
            double floor = ConsumerPerformance.recordsPerSecond(kafka.bootstrapServers(), Identifications.TOPIC, events);
            System.out.printf("  %,.0f records/s%n", floor);
            List<Consumed> results = new ArrayList<>();
            for (Follower follower : FOLLOWERS.stream().filter(f -> services.contains(f.module())).toList()) {
                results.add(consume(follower, backlog, settings, root, data, postgres, kafka, keys));
            }
            String text = report(backlog, floor, results);
            System.out.println(text);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, text);
            for (Consumed consumed : results) {
                Summary.add("live consumption: %s taking up %,d identifications".formatted(consumed.module(), events),
                        "%,.0f events/s, after %,d at %,.0f events/s while warming up".formatted(consumed.perSecond(),
                                warmUp, consumed.warmUpPerSecond()),
                        "Kafka ConsumerPerformance %,.0f records/s".formatted(floor),
                        "%,.0f events/s".formatted(TARGET_PER_SECOND),
                        consumed.perSecond() >= TARGET_PER_SECOND ? "met (%.3fx)".formatted(consumed.perSecond() / floor)
                                : "not met (%.3fx)".formatted(consumed.perSecond() / floor));
            }
        } finally {
            kafka.close();
            postgres.close();
            BmnImportBenchmark.deleteTree(data);
        }
    }

    /**
     * What is on household.events before a follower starts: the warm-up's identifications, then the
     * measured ones, with the last household of each partition of each.
     */
    record Backlog(int warmUp, Set<String> lastOfWarmUp, int events, Set<String> lastOfEvents) {
        int total() {
            return warmUp + events;
        }
    }

    private static Consumed consume(Follower follower, Backlog backlog, Map<String, String> settings, Path root,
                                    Path data, PostgresServer postgres, KafkaBroker kafka, TokenKeys keys)
            throws Exception {
        System.out.printf("%s taking them up ...%n", follower.module());
        try (var service = Services.start(follower.module(), root, Services.runnerJar(root, follower.module()),
                postgres, kafka, keys, "512m", settings,
                data.resolveSibling(follower.module() + ".log"));
             var database = postgres.connect(follower.database())) {
            Instant deadline = Instant.now().plus(CATCH_UP);
            long ready = System.nanoTime();
            long atReady = households(database, follower);
            awaitTaken(database, follower, backlog.lastOfWarmUp(), deadline);
            double warmUpPerSecond = (backlog.warmUp() - atReady) / ((System.nanoTime() - ready) / 1e9);
            long start = System.nanoTime();
            long atWarm = households(database, follower);
            Duration serviceBefore = CpuTime.ofProcess(service.pid());
            Duration postgresBefore = CpuTime.ofPostgres(postgres.port());
            StatementTimes.reset(database);
            awaitTaken(database, follower, backlog.lastOfEvents(), deadline);
            if (follower.counted() != null) {
                try (var counted = database.prepareStatement(follower.counted())) {
                    await(counted, backlog.total(), follower.module() + "'s roll-up counts", deadline);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Duration serviceCpu = CpuTime.ofProcess(service.pid()).minus(serviceBefore);
            Duration postgresCpu = CpuTime.ofPostgres(postgres.port()).minus(postgresBefore);
            List<StatementTimes.Statement> statements = StatementTimes.top(database, STATEMENTS);
            long taken = count(postgres, follower);
            if (taken != backlog.total()) {
                throw new IllegalStateException(follower.module() + " holds " + taken + " households of "
                        + backlog.total() + " with each partition's last taken up: it lost order or events");
            }
            var consumed = new Consumed(follower.module(), backlog.total() - atWarm, seconds,
                    service.startedIn().toMillis() / 1000.0, warmUpPerSecond, serviceCpu, postgresCpu, statements);
            System.out.printf("  %,d events in %.1f s after the warm-up (%,.0f events/s while warming up): %,.0f events/s;"
                            + " CPU per event: service %.0f µs, PostgreSQL %.0f µs%n",
                    consumed.counted(), seconds, warmUpPerSecond, consumed.perSecond(),
                    consumed.micros(serviceCpu), consumed.micros(postgresCpu));
            return consumed;
        }
    }

    /** Waits until the follower's read model holds the households, each partition's last of a set. */
    private static void awaitTaken(Connection database, Follower follower, Set<String> lastOfEachPartition,
                                   Instant deadline) throws Exception {
        try (var lastTaken = database.prepareStatement("select count(*) from " + follower.table()
                                                       + " where household_id = any(?)")) {
            lastTaken.setArray(1, database.createArrayOf("text", lastOfEachPartition.toArray()));
            await(lastTaken, lastOfEachPartition.size(), follower.module() + " took up partitions' last households",
                    deadline);
        }
    }

    /** Polls the query until it gives at least {@code expected}; fails at the deadline, saying what it waited for. */
    private static void await(PreparedStatement query, long expected, String waitedFor, Instant deadline)
            throws SQLException {
        while (taken(query) < expected) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(waitedFor + ": " + taken(query) + " of " + expected + " after "
                        + CATCH_UP.toMinutes() + " minutes");
            }
            Services.sleep(POLL);
        }
    }

    private static long taken(PreparedStatement lastTaken) throws SQLException {
        try (var rows = lastTaken.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The households the follower's read model holds, whether or not a roll-up counts them yet. */
    private static long households(Connection database, Follower follower) throws SQLException {
        try (var statement = database.createStatement()) {
            return single(statement, follower.countQuery());
        }
    }

    /** The households the follower's read model holds; for reporting-service, no more than its roll-up counts. */
    static long count(PostgresServer postgres, Follower follower) throws Exception {
        try (var connection = postgres.connect(follower.database()); var statement = connection.createStatement()) {
            long households = single(statement, follower.countQuery());
            return follower.counted() == null ? households : Math.min(households, single(statement, follower.counted()));
        }
    }

    private static long single(Statement statement, String query) throws SQLException {
        try (var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String report(Backlog backlog, double floor, List<Consumed> results) {
        StringBuilder text = new StringBuilder("""
                # Live consumption: a survey import's identifications taken up by each following service

                %,d and then %,d `HouseholdIdentified` on household.events (3 partitions), with time-ordered household and event
                ids as a survey import gives them, read by each service from
                the start of the topic with its own consumer group; each timed, once it had taken up the first
                %,d (its warm-up: a live service runs compiled code, a fresh JVM does not), until its read model
                held every household (polled every 100 ms for each partition's last household, then counted) and,
                for reporting-service, the country's roll-up counted every one. The warm-up's rate, from the
                service's first ready answer, is given beside.
                Floor, same run: Kafka's ConsumerPerformance fetching %,d of the records, %,.0f records/s. Target: %,.0f events/s per service.

                What bounds each figure is CPU: the machine's cores are shared by the service, PostgreSQL and the
                broker, so the CPU each spends per event is given beside the rate, and where PostgreSQL's went.

                | service | events/s | ratio to the floor | events after the warm-up | seconds | start (s) | warm-up events/s | service CPU µs/event | PostgreSQL CPU µs/event | verdict |
                |---|---|---|---|---|---|---|---|---|---|
                """.formatted(backlog.warmUp(), backlog.events(), backlog.warmUp(), backlog.events(), floor,
                TARGET_PER_SECOND));
        for (Consumed c : results) {
            text.append("| %s | %,.0f | %.3f | %,d | %.1f | %.1f | %,.0f | %.0f | %.0f | %s |%n".formatted(c.module(),
                    c.perSecond(), c.perSecond() / floor, c.counted(), c.seconds(), c.startSeconds(), c.warmUpPerSecond(),
                    c.micros(c.serviceCpu()),
                    c.micros(c.postgresCpu()), c.perSecond() >= TARGET_PER_SECOND ? "met" : "not met"));
        }
        for (Consumed c : results) {
            text.append("%n## %s: PostgreSQL's time by statement%n%n| share | calls | mean ms | statement |%n|---|---|---|---|%n"
                    .formatted(c.module()));
            for (var statement : c.statements()) {
                text.append("| %.0f %% | %,d | %.2f | `%s` |%n".formatted(statement.share() * 100, statement.calls(),
                        statement.meanMillis(), statement.inMarkdown()));
            }
        }
        return text.toString();
    }
}
