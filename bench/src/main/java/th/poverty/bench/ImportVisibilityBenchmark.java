package th.poverty.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import th.poverty.testing.KafkaBroker;
import th.poverty.testing.Ports;
import th.poverty.testing.PostgresServer;
import th.poverty.testing.ServiceProcess;
import th.poverty.testing.TokenKeys;

/**
 * A national survey import made visible: household-service imports {@code --rows} survey rows
 * while team-, plan- and reporting-service run beside it and follow household.events, as in
 * production. Each follower is timed from the import job's end (DONE) until its read model holds
 * every identified household (and reporting-service's roll-up counts every one). Floor, same run:
 * Kafka's ConsumerPerformance reading the same records. Target: every read model within 2 minutes
 * of the job's end.
 * <pre>
 * ./mvnw -q install -DskipTests
 * java -cp "bench/target/classes:bench/target/lib/*" th.poverty.bench.ImportVisibilityBenchmark [--rows 1000000] \
 *      [--report bench/results/import-visibility.md]
 * </pre>
 */
public final class ImportVisibilityBenchmark {

    static final Duration TARGET = Duration.ofMinutes(2);
    private static final Duration CATCH_UP = Duration.ofMinutes(15);
    private static final Duration POLL = Duration.ofSeconds(1);

    /** One follower's read model: when (ns, System.nanoTime) it held how many households. */
    private record Sample(long at, long households) {
    }

    /** @param visible how long after the job's end the follower held every household; null if it never did */
    record Visibility(String module, Duration visible, double perSecond) {
    }

    private ImportVisibilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Arguments.of(args);
        int rows = Integer.parseInt(options.getOrDefault("--rows", "1000000"));
        Path report = Path.of(options.getOrDefault("--report", "bench/results/import-visibility.md"));
        Path root = Path.of("").toAbsolutePath();
        Path work = Files.createDirectories(root.resolve("bench/target/bmn-import"));
        Path file = work.resolve("bmn-2568-" + rows + ".csv");
        if (!Files.exists(file)) {
            System.out.printf("Generating %,d survey rows into %s ...%n", rows, file);
            SurveyFileGenerator.write(file, rows);
        }
        Path data = root.resolve("bench/target/import-visibility/data");
        BmnImportBenchmark.deleteTree(data);
        Files.createDirectories(data);
        System.out.println("Starting PostgreSQL and Kafka ...");
        var postgresStarting = CompletableFuture.supplyAsync(
                () -> PostgresServer.start(data.resolve("postgres"), Ports.free(), false));
        var kafkaStarting = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(data.resolve("kafka"), Ports.free(), Ports.free(), "1g"));
        List<ServiceProcess> services = new ArrayList<>();
        try (var postgres = postgresStarting.join(); var kafka = kafkaStarting.join()) {
            TokenKeys keys = TokenKeys.generate();
            Identifications.createTopics(kafka.bootstrapServers());
            Map<String, String> settings = Map.of("web.rate-limit.enabled", "false");
            var household = Services.start("household-service", root,
                    Services.runnerJar(root, "household-service"), postgres, kafka, keys, "256m", settings,
                    data.resolveSibling("household-service.log"));
            services.add(household);
            for (var follower : ConsumptionBenchmark.FOLLOWERS) {
                services.add(Services.start(follower.module(), root, Services.runnerJar(root, follower.module()),
                        postgres, kafka, keys, "512m", settings, data.resolveSibling(follower.module() + ".log")));
            }
            Map<String, List<Sample>> samples = new LinkedHashMap<>();
            ConsumptionBenchmark.FOLLOWERS.forEach(f -> samples.put(f.module(), new ArrayList<>()));
            var watching = CompletableFuture.runAsync(() -> watch(postgres, samples, rows));

            System.out.printf("Importing %,d survey rows through household-service, followed by %d services ...%n", rows,
                    ConsumptionBenchmark.FOLLOWERS.size());
            long began = System.nanoTime();
            var imported = ImportRun.run(household, postgres, kafka, file,
                    keys.mint("bench-officer", Set.of("province-officer"), "24"), System.out);
            long jobEnded = began + imported.imported().toNanos();
            long households = imported.events();
            System.out.printf("  %,d households identified; job DONE after %.1f s, all on Kafka after %.1f s%n", households,
                    ImportRun.seconds(imported.imported()), ImportRun.seconds(imported.published()));
            watching.get();

            System.out.println("Kafka's ConsumerPerformance on the same records ...");
            double floor = ConsumerPerformance.recordsPerSecond(kafka.bootstrapServers(), Identifications.TOPIC,
                    households);
            Duration floorTime = Duration.ofMillis((long) (households / floor * 1000));

            List<Visibility> results = new ArrayList<>();
            samples.forEach((module, series) -> results.add(visibility(module, series, households, jobEnded)));
            String text = report(rows, households, imported, floor, floorTime, results);
            System.out.println(text);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, text);
            for (Visibility v : results) {
                Summary.add("import visibility: %s, %,d households".formatted(v.module(), households),
                        v.visible() == null ? "never complete" : "all visible %.1f s after the job's end (%,.0f events/s)"
                                .formatted(v.visible().toMillis() / 1000.0, v.perSecond()),
                        "Kafka ConsumerPerformance reads them in %.1f s".formatted(floorTime.toMillis() / 1000.0),
                        "< %d s after the job's end".formatted(TARGET.toSeconds()),
                        v.visible() != null && v.visible().compareTo(TARGET) < 0 ? "met" : "MISSED");
            }
        } finally {
            services.forEach(ServiceProcess::close);
            BmnImportBenchmark.deleteTree(data);
        }
    }

    /** Counts each follower's households every second until all hold at least {@code rows}' identifications, or time is up. */
    private static void watch(PostgresServer postgres, Map<String, List<Sample>> samples, long expectedAtMost) {
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        var followers = ConsumptionBenchmark.FOLLOWERS;
        while (System.nanoTime() < deadline) {
            boolean settled = true;
            for (var follower : followers) {
                try {
                    long n = ConsumptionBenchmark.count(postgres, follower);
                    var series = samples.get(follower.module());
                    synchronized (series) {
                        series.add(new Sample(System.nanoTime(), n));
                    }
                    settled &= n >= expectedAtMost || stalled(series);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            if (settled) {
                return;
            }
            Services.sleep(POLL);
        }
    }

    /** No change for 30 s after something arrived: the follower has all it will get (rows screened out never come). */
    private static boolean stalled(List<Sample> series) {
        if (series.isEmpty() || series.getLast().households() == 0) {
            return false;
        }
        long last = series.getLast().households();
        long since = series.getLast().at() - Duration.ofSeconds(30).toNanos();
        return series.stream().filter(s -> s.at() >= since).allMatch(s -> s.households() == last)
                && series.getFirst().at() < since;
    }

    private static Visibility visibility(String module, List<Sample> series, long households, long jobEnded) {
        var complete = series.stream().filter(s -> s.households() >= households).findFirst();
        var first = series.stream().filter(s -> s.households() > 0).findFirst();
        if (complete.isEmpty() || first.isEmpty()) {
            return new Visibility(module, null, 0);
        }
        double seconds = Math.max(1e-3, (complete.get().at() - first.get().at()) / 1e9);
        return new Visibility(module, Duration.ofNanos(Math.max(0, complete.get().at() - jobEnded)),
                (households - first.get().households()) / seconds);
    }

    private static String report(int rows, long households, ImportRun.Result imported, double floor, Duration floorTime,
                                 List<Visibility> results) {
        StringBuilder text = new StringBuilder("""
                # Import visibility: a national survey import in the following services' read models

                %,d survey rows imported through household-service (%,d households identified) while team-, plan- and
                reporting-service ran beside it and followed household.events. The job was DONE %.1f s after the
                upload began and every event was on Kafka at %.1f s. Each follower is timed from the job's end until
                its read model held every household and reporting-service's roll-up counted every one (counted each
                second). Floor, same run: Kafka's ConsumerPerformance reads the same records at %,.0f records/s,
                %.1f s for all. Target: every read model within %d s of the job's end.

                | service | visible after the job's end | events/s while catching up | verdict |
                |---|---:|---:|---|
                """.formatted(rows, households, ImportRun.seconds(imported.imported()),
                ImportRun.seconds(imported.published()), floor, floorTime.toMillis() / 1000.0, TARGET.toSeconds()));
        for (Visibility v : results) {
            text.append("| %s | %s | %,.0f | %s |%n".formatted(v.module(),
                    v.visible() == null ? "never complete" : "%.1f s".formatted(v.visible().toMillis() / 1000.0),
                    v.perSecond(), v.visible() != null && v.visible().compareTo(TARGET) < 0 ? "met" : "MISSED"));
        }
        return text.toString();
    }
}
