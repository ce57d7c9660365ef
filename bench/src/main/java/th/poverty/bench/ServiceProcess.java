package th.poverty.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import th.poverty.testing.Broker;
import th.poverty.testing.Database;
import th.poverty.testing.Ports;
import th.poverty.testing.TokenKeys;

/**
 * A service as it is deployed: its packaged runner jar in a JVM of its own, configured by system
 * properties, talking to the benchmark's PostgreSQL and Kafka.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final Process process;
    private final URI url;
    private final Path log;
    private Duration startedIn;

    private ServiceProcess(String name, Process process, URI url, Path log) {
        this.name = name;
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** The runner jar {@code ./mvnw package} leaves in the service's module (the system's, or bench's own). */
    static Path runnerJar(Path root, String module) {
        Path dir = Files.isDirectory(root.resolve(module)) ? root.resolve(module) : root.resolve("bench").resolve(module);
        return dir.resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * @param module   the service's module, e.g. household-service; its database is the name before the dash
     * @param settings configuration beyond what the benchmark sets, e.g. a batch size to try
     */
    static ServiceProcess start(String module, Path root, Path jar, Database postgres, Broker kafka, TokenKeys keys,
                                String heap, Map<String, String> settings, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw -f " + module + "/pom.xml package -DskipTests");
        }
        String database = databaseOf(module);
        postgres.createDatabaseIfAbsent(database);
        int port = Ports.free();
        Map<String, String> config = new TreeMap<>(Map.of(
                "quarkus.profile", "local",
                "quarkus.http.host", "127.0.0.1",
                "quarkus.http.port", Integer.toString(port),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.reactive.url", postgres.reactiveUrl(database),
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.oidc.public-key", keys.publicKey(),
                "quarkus.oidc.token.issuer", TokenKeys.ISSUER));
        config.putAll(settings);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            var service = new ServiceProcess(module, process, URI.create("http://127.0.0.1:" + port), log);
            long launched = System.nanoTime();
            try {
                service.awaitReady();
            } catch (RuntimeException notReady) {
                service.close(); // nothing left running behind a failed benchmark
                throw notReady;
            }
            service.startedIn = Duration.ofNanos(System.nanoTime() - launched);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String databaseOf(String module) {
        return module.substring(0, module.indexOf('-'));
    }

    String name() {
        return name;
    }

    /** From launching the JVM to the first ready answer. */
    Duration startedIn() {
        return startedIn;
    }

    URI url() {
        return url;
    }

    /** CPU time the service used so far. */
    Duration cpuTime() {
        return CpuTime.ofProcess(process.pid());
    }

    /** CPU time the service's JIT compiler used so far. */
    Duration jitCompilerTime() {
        return CpuTime.ofJitCompiler(process.pid());
    }

    /** Resident memory now (VmRSS), in KiB. */
    long residentKiB() {
        return status("VmRSS:");
    }

    /** The most resident memory the process ever had (VmHWM), in KiB. */
    long peakResidentKiB() {
        return status("VmHWM:");
    }

    private long status(String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is not running; see " + log, e);
        }
    }

    private void awaitReady() {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var ready = HttpRequest.newBuilder(url.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException(name + " not ready after " + READY_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
