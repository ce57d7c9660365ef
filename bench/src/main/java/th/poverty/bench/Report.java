package th.poverty.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures, as a short summary and as the Markdown report kept in bench/results. */
final class Report {

    private static final int MEMORY_ROWS = 12;

    private final BmnImportBenchmark.Options options;
    private final long fileBytes;
    private final Instant began;
    private final Duration copy;
    private final ImportRun.Result run;
    private final long residentBeforeKiB;
    private final long peakResidentKiB;

    Report(BmnImportBenchmark.Options options, long fileBytes, Instant began, Duration copy, ImportRun.Result run,
           long residentBeforeKiB, long peakResidentKiB) {
        this.options = options;
        this.fileBytes = fileBytes;
        this.began = began;
        this.copy = copy;
        this.run = run;
        this.residentBeforeKiB = residentBeforeKiB;
        this.peakResidentKiB = peakResidentKiB;
    }

    double copyRate() {
        return options.rows() / ImportRun.seconds(copy);
    }

    double importRate() {
        return options.rows() / ImportRun.seconds(run.published());
    }

    double ratio() {
        return importRate() / copyRate();
    }

    /** The whole path's time scaled to a million rows. */
    Duration forAMillion() {
        return Duration.ofNanos((long) (run.published().toNanos() * (1_000_000.0 / options.rows())));
    }

    String summary() {
        return format("""
                COPY into a plain table:   %,10.0f rows/s (%.2f s)
                Import, end to end:        %,10.0f rows/s (%.1f s: staged %.1f s, DONE %.1f s, on Kafka %.1f s)
                Ratio import / COPY:       %.4f (target >= %.2f: %s)
                A million rows:            %.1f s (target < %d s: %s)
                household-service RSS:     %,d MiB before, %,d MiB peak, for a %,.0f MB file
                CPU time:                  household-service %.1f s, PostgreSQL %.1f s (load average %s)""",
                copyRate(), ImportRun.seconds(copy), importRate(), ImportRun.seconds(run.published()),
                ImportRun.seconds(run.uploaded()), ImportRun.seconds(run.imported()), ImportRun.seconds(run.published()),
                ratio(), BmnImportBenchmark.TARGET_RATIO, verdict(ratio() >= BmnImportBenchmark.TARGET_RATIO),
                ImportRun.seconds(forAMillion()), BmnImportBenchmark.TARGET_FOR_A_MILLION.toSeconds(),
                verdict(forAMillion().compareTo(BmnImportBenchmark.TARGET_FOR_A_MILLION) < 0),
                residentBeforeKiB / 1024, peakResidentKiB / 1024, fileBytes / 1e6, ImportRun.seconds(run.serviceCpu()),
                ImportRun.seconds(run.postgresCpu()), run.load());
    }

    Path write(Path file) throws IOException {
        var rows = run.job().path("rows");
        StringBuilder md = new StringBuilder(format("""
                # BMN survey import: benchmark

                Run %s on %d CPUs, %.1f GiB RAM, Java %s; household-service with -Xmx%s%s. PostgreSQL, Kafka and
                household-service all on this machine (PostgreSQL with fsync off, as in the tests).

                ```
                %s
                ```

                | | |
                |---|---|
                | household-service runner | `%s` |
                | rows | %,d (file %,.1f MB) |
                | COPY of the file into a plain table (same PostgreSQL) | %.2f s, **%,.0f rows/s** |
                | import through household-service, POST to last event on Kafka | %.1f s, **%,.0f rows/s** |
                | ratio import / COPY | **%.4f** (target at least %.2f) |
                | time for a million rows | **%.1f s** (target under %d s) |
                | upload: received, checked, staged (POST answered) | %.1f s |
                | job DONE (households, events, outbox, personal data committed) | %.1f s |
                | outbox empty (every event published to Kafka) | %.1f s |
                | job counters | %,d accepted, %,d not candidates, %,d duplicates, %,d rejected of %,d |
                | HouseholdIdentified stored / read back from Kafka | %,d / %,d |
                | household-service resident memory (VmRSS before, VmHWM peak) | %,d MiB / %,d MiB |
                | CPU time used by household-service / PostgreSQL during the import | %.1f s / %.1f s |
                | load average (1 min) at the start → at the end: other work on the machine | %s |

                ## Memory and progress over the run

                | time (s) | rows read | outbox | RSS (MiB) |
                |---:|---:|---:|---:|
                """,
                began.truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(), memoryGiB(),
                System.getProperty("java.version"), options.heap(), settings(), summary(), runner(), options.rows(),
                fileBytes / 1e6,
                ImportRun.seconds(copy), copyRate(), ImportRun.seconds(run.published()), importRate(), ratio(),
                BmnImportBenchmark.TARGET_RATIO, ImportRun.seconds(forAMillion()),
                BmnImportBenchmark.TARGET_FOR_A_MILLION.toSeconds(), ImportRun.seconds(run.uploaded()),
                ImportRun.seconds(run.imported()), ImportRun.seconds(run.published()), rows.path("accepted").asLong(),
                rows.path("notCandidates").asLong(), rows.path("duplicates").asLong(), rows.path("rejected").asLong(),
                rows.path("total").asLong(), run.events(), run.kafkaRecords(), residentBeforeKiB / 1024,
                peakResidentKiB / 1024, ImportRun.seconds(run.serviceCpu()), ImportRun.seconds(run.postgresCpu()),
                run.load()));
        List<ImportRun.Sample> samples = run.samples();
        int step = Math.max(1, samples.size() / MEMORY_ROWS);
        for (int i = 0; i < samples.size(); i += step) {
            appendSample(md, samples.get(i));
        }
        if ((samples.size() - 1) % step != 0) {
            appendSample(md, samples.getLast());
        }
        md.append("""

                ## Where the database's time went (household-service's database, by statement)

                | share | calls | mean (ms) | total (s) | statement |
                |---:|---:|---:|---:|---|
                """);
        for (var statement : run.statements()) {
            md.append(format("| %.1f %% | %,d | %.2f | %.1f | `%s` |%n", statement.share() * 100, statement.calls(),
                    statement.meanMillis(), statement.totalSeconds(), statement.inMarkdown()));
        }
        md.append(format("""

                ## Run it again

                ```bash
                export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64   # any JDK 21 or newer
                ./mvnw -q -f household-service/pom.xml package -DskipTests
                ./mvnw -q -f bench/pom.xml package
                java -cp "bench/target/classes:bench/target/lib/*" th.poverty.bench.BmnImportBenchmark %s
                ```
                """, arguments()));
        Files.createDirectories(file.getParent());
        Files.writeString(file, md);
        return file;
    }

    /** The options this run was given, to run it again the same way. */
    private String arguments() {
        StringBuilder arguments = new StringBuilder("--rows " + options.rows() + " --heap " + options.heap());
        if (!options.jar().equals(options.root().resolve(BmnImportBenchmark.DEFAULT_JAR))) {
            arguments.append(" --jar ").append(runner());
        }
        options.settings().entrySet().stream().map(e -> " --set " + e.getKey() + "=" + e.getValue()).sorted()
                .forEach(arguments::append);
        if (!options.report().equals(options.root().resolve(BmnImportBenchmark.DEFAULT_REPORT))) {
            arguments.append(" --report ").append(options.report().startsWith(options.root())
                    ? options.root().relativize(options.report()) : options.report());
        }
        return arguments.toString();
    }

    /** The runner jar, relative to the repository when it is the one the build leaves there. */
    private String runner() {
        return options.jar().startsWith(options.root()) ? options.root().relativize(options.jar()).toString()
                : options.jar().toString();
    }

    private String settings() {
        return options.settings().isEmpty() ? "" : " and " + options.settings().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().reduce((x, y) -> x + ", " + y).orElse("");
    }

    private static void appendSample(StringBuilder md, ImportRun.Sample sample) {
        md.append(format("| %.1f | %,d | %,d | %,d |%n", ImportRun.seconds(sample.at()), sample.rowsRead(), sample.outbox(),
                sample.residentKiB() / 1024));
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    private static double memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0) / 1024.0 / 1024.0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
