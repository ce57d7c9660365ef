package th.poverty.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bench/run}: every scenario, one after the other (each starts what it measures and stops
 * it), then {@code bench/results/README.md}: the summary table with the machine, the date and the
 * command, linking each scenario's own report and charts. {@code --quick} runs small sizes (a smoke
 * test of the harness, figures not comparable).
 */
public final class Harness {

    /** The most any one benchmark may take (the slowest takes about 10 minutes here). */
    private static final Duration BUDGET = Duration.ofMinutes(45);

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Files.deleteIfExists(Summary.FILE);
        Instant began = Instant.now();
        List<List<String>> runs = List.of(
                List.of("th.poverty.bench.BmnImportBenchmark", "--rows", quick ? "20000" : "1000000"),
                List.of("th.poverty.bench.SystemBenchmark", "--seconds", quick ? "5" : "20", "--rates",
                        quick ? "100,400" : "250,500,1000,2000", "--warm-up", "5", "--warm-up-max", quick ? "5" : "180"),
                List.of("th.poverty.bench.ConsumptionBenchmark", "--events", quick ? "20000" : "300000"),
                List.of("th.poverty.bench.ImportVisibilityBenchmark", "--rows", quick ? "20000" : "1000000"),
                List.of("th.poverty.bench.ReportingBenchmark", "--households", quick ? "20000" : "1000000",
                        "--seconds", quick ? "5" : "30", "--queries", quick ? "200" : "2000",
                        "--warm-up", quick ? "5" : "60", "--warm-up-max", quick ? "5" : "300"));
        List<String> failed = new ArrayList<>();
        for (List<String> run : runs) {
            System.out.println("\n=== " + run.getFirst().substring(run.getFirst().lastIndexOf('.') + 1) + " ===");
            if (java(run) != 0) {
                failed.add(run.getFirst());
            }
        }
        Duration took = Duration.between(began, Instant.now());
        Files.writeString(Path.of("bench/results/README.md"), report(began, took, quick, failed));
        System.out.println("\nReport: bench/results/README.md (" + took.toMinutes() + " min)");
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    private static int java(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArgs);
        Process benchmark = new ProcessBuilder(command).inheritIO().start();
        if (!benchmark.waitFor(BUDGET.toMinutes(), java.util.concurrent.TimeUnit.MINUTES)) {
            System.out.println(mainAndArgs.getFirst() + " still running after " + BUDGET.toMinutes() + " min: stopped");
            // what it started (PostgreSQL, Kafka, services) first: its own clean-up runs only when it ends well
            benchmark.descendants().forEach(ProcessHandle::destroy);
            benchmark.destroyForcibly();
            return -1;
        }
        return benchmark.exitValue();
    }

    private static String report(Instant began, Duration took, boolean quick, List<String> failed) throws IOException {
        long memoryGiB = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize() >> 30;
        return """
                # Benchmarks: the whole system beside its floors

                Run %s, %d min, on this machine: %d CPUs, %d GiB memory, %s, Java %s. Everything (PostgreSQL with
                fsync off, Kafka, the services, the benchmark clients) shares the machine, on loopback only.
                Command: `bench/run%s`.%s

                %s
                Reports: [BMN import](bmn-import.md), [system: footprint, mixed load, contention](system.md),
                [live consumption by team, plan and reporting](consumption.md),
                [a national import made visible](import-visibility.md),
                [reporting: freshness, rebuild, roll-up](reporting.md). Charts: [mixed-load p99](charts/mixed-load-p99.png),
                [mixed-load answers per second](charts/mixed-load-throughput.png).
                """.formatted(began.truncatedTo(ChronoUnit.MINUTES), took.toMinutes(),
                Runtime.getRuntime().availableProcessors(), memoryGiB, System.getProperty("os.name"),
                System.getProperty("java.version"), quick ? " --quick" : "",
                failed.isEmpty() ? "" : "\n\n**Failed:** " + String.join(", ", failed) + " (see the run's output).",
                Summary.markdown());
    }
}
