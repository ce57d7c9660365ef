package th.poverty.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import th.poverty.testing.KafkaBroker;
import th.poverty.testing.Ports;
import th.poverty.testing.PostgresServer;
import th.poverty.testing.TokenKeys;

/**
 * Measures the BMN survey import against PostgreSQL's own floor. It generates a survey file, COPYs
 * it into a plain table, then imports the same file through household-service's runner jar (parse,
 * validate, screen, append events, personal data, read model, publish to Kafka) and reports both
 * rates, their ratio (target at least 0.02), the time against the 60 s target for a million rows,
 * the CPU time the service and PostgreSQL used, and the service's memory, in
 * {@code bench/results/bmn-import.md}.
 *
 * <pre>
 * ./mvnw -q -f household-service/pom.xml package -DskipTests
 * ./mvnw -q -f bench/pom.xml package
 * java -cp "bench/target/classes:bench/target/lib/*" th.poverty.bench.BmnImportBenchmark [--rows 1000000] [--heap 256m]
 *      [--jar household-service/target/quarkus-app/quarkus-run.jar] [--set household.bmn.batch-size=5000]
 * </pre>
 */
public final class BmnImportBenchmark {

    static final double TARGET_RATIO = 0.02;
    static final Duration TARGET_FOR_A_MILLION = Duration.ofSeconds(60);
    static final String DEFAULT_JAR = "household-service/target/quarkus-app/quarkus-run.jar";
    static final String DEFAULT_REPORT = "bench/results/bmn-import.md";
    private static final String BROKER_HEAP = "512m";

    private BmnImportBenchmark() {
    }

    /**
     * {@code --rows <n>}, {@code --heap <-Xmx of the service>}, {@code --root <repository>}, {@code --jar <runner
     * jar>} (default: the one household-service's build leaves, {@code target/quarkus-app/quarkus-run.jar}),
     * {@code --set key=value} (service configuration to try, e.g. {@code household.bmn.batch-size=5000}; repeatable),
     * {@code --report <file>} (default {@code bench/results/bmn-import.md}).
     */
    record Options(int rows, String heap, Path root, Path jar, Map<String, String> settings, Path report) {

        static Options parse(String[] args) {
            int rows = 1_000_000;
            String heap = "256m";
            Path root = null;
            Path jar = null;
            Map<String, String> settings = new LinkedHashMap<>();
            Path report = null;
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--rows" -> rows = Integer.parseInt(require(args[i], value).replace("_", "").replace(",", ""));
                    case "--heap" -> heap = require(args[i], value);
                    case "--root" -> root = Path.of(require(args[i], value));
                    case "--jar" -> jar = Path.of(require(args[i], value));
                    case "--report" -> report = Path.of(require(args[i], value));
                    case "--set" -> {
                        String setting = require(args[i], value);
                        int equals = setting.indexOf('=');
                        if (equals < 1) {
                            throw new IllegalArgumentException("--set needs key=value, not " + setting);
                        }
                        settings.put(setting.substring(0, equals), setting.substring(equals + 1));
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; use --rows <n>, --heap <size>, --root <repository>, --jar <runner jar>, --set key=value,"
                            + " --report <file>");
                }
                i++;
            }
            if (rows < 1) {
                throw new IllegalArgumentException("--rows must be at least 1");
            }
            root = root == null ? repositoryRoot() : root.toAbsolutePath().normalize();
            jar = jar == null ? root.resolve(DEFAULT_JAR) : jar.toAbsolutePath();
            report = report == null ? root.resolve(DEFAULT_REPORT) : report.toAbsolutePath();
            return new Options(rows, heap, root, jar, Map.copyOf(settings), report);
        }

        private static String require(String option, String value) {
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }

        private static Path repositoryRoot() {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.exists(dir.resolve("bench/pom.xml")) && Files.exists(dir.resolve("household-service/pom.xml"))) {
                    return dir;
                }
            }
            throw new IllegalArgumentException("run this from the repository or pass --root <repository root>");
        }
    }

    public static void main(String[] args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Instant began = Instant.now();
        Path work = Files.createDirectories(options.root().resolve("bench/target/bmn-import"));
        Path file = work.resolve("bmn-2568-" + options.rows() + ".csv");
        if (!Files.exists(file)) {
            System.out.printf("Generating %,d survey rows into %s ...%n", options.rows(), file);
            SurveyFileGenerator.write(file, options.rows());
        }
        System.out.printf("File: %,d rows, %.1f MB. Starting PostgreSQL and Kafka ...%n", options.rows(),
                Files.size(file) / 1e6);
        // a million households take gigabytes: keep them under target/ and remove them after the run
        Path data = work.resolve("data");
        deleteTree(data);
        var postgresStarting = CompletableFuture.supplyAsync(
                () -> PostgresServer.start(data.resolve("postgres"), Ports.free(), false));
        var kafkaStarting = CompletableFuture.supplyAsync(
                () -> KafkaBroker.start(data.resolve("kafka"), Ports.free(), Ports.free(), BROKER_HEAP));
        try (var postgres = postgresStarting.join(); var kafka = kafkaStarting.join()) {
            System.out.println("COPY into a plain table ...");
            Duration copy = PlainCopy.run(postgres, file);
            System.out.printf("  %.2f s, %,.0f rows/s%n", ImportRun.seconds(copy), options.rows() / ImportRun.seconds(copy));

            TokenKeys keys = TokenKeys.generate();
            System.out.println("Starting household-service (-Xmx" + options.heap() + ") ...");
            ImportRun.Result result;
            long residentBefore;
            long peakResident;
            try (var service = Services.start("household-service", options.root(), options.jar(), postgres, kafka, keys, options.heap(),
                    options.settings(), work.resolve("household-service.log"))) {
                residentBefore = service.residentKiB();
                System.out.println("Importing through household-service ...");
                result = ImportRun.run(service, postgres, kafka, file,
                        keys.mint("bench-officer", Set.of("province-officer"), "24"), System.out);
                peakResident = service.peakResidentKiB();
            }
            var report = new Report(options, Files.size(file), began, copy, result, residentBefore, peakResident);
            Path written = report.write(options.report());
            System.out.println();
            System.out.println(report.summary());
            System.out.println("Report: " + written);
            Summary.add("BMN survey import, %,d rows".formatted(options.rows()),
                    "%,.0f rows/s; a million in %.1f s".formatted(report.importRate(), report.forAMillion().toMillis() / 1000.0),
                    "COPY into a plain table: %,.0f rows/s".formatted(report.copyRate()),
                    "ratio >= %.2f; a million < %d s".formatted(TARGET_RATIO, TARGET_FOR_A_MILLION.toSeconds()),
                    "ratio %.4f %s; %s".formatted(report.ratio(), report.ratio() >= TARGET_RATIO ? "met" : "MISSED",
                            report.forAMillion().compareTo(TARGET_FOR_A_MILLION) < 0 ? "time met" : "time MISSED"));
        } catch (UncheckedIOException | IllegalStateException e) {
            System.err.println("Benchmark failed: " + e.getMessage());
            System.exit(1);
        } finally {
            deleteTree(data);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
