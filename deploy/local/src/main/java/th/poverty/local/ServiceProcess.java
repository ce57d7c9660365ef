package th.poverty.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service's runner jar running as a child JVM, its output in its own log file. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private static final int LOG_TAIL_LINES = 40;

    private final Service service;
    private final URI baseUrl;
    private final Path log;
    private final List<String> command;
    private final Path root;
    private final Process process;
    private volatile boolean stopping;

    private ServiceProcess(Service service, URI baseUrl, Path log, List<String> command, Path root, Process process) {
        this.service = service;
        this.baseUrl = baseUrl;
        this.log = log;
        this.command = command;
        this.root = root;
        this.process = process;
        process.onExit().thenAccept(exited -> {
            if (!stopping) {
                System.err.printf("%s stopped unexpectedly (exit %d); see %s%n", service.module(), exited.exitValue(), log);
            }
        });
    }

    /**
     * Starts the service with the JVM that runs this launcher.
     *
     * @param config Quarkus configuration, passed as system properties (they override application.properties)
     */
    static ServiceProcess launch(Service service, Path root, int port, Map<String, String> config, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // four services share a laptop with PostgreSQL and Kafka: small heaps, the lean collector
                "-Xmx256m", "-XX:+UseSerialGC",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", service.runnerJar(root).toString()));
        return start(service, URI.create("http://127.0.0.1:" + port), log, List.copyOf(command), root,
                ProcessBuilder.Redirect.to(log.toFile()));
    }

    /** The same service started again, on the same port with the same configuration; its log goes on. */
    ServiceProcess relaunch() {
        if (process.isAlive()) {
            throw new IllegalStateException(service.module() + " is still running");
        }
        return start(service, baseUrl, log, command, root, ProcessBuilder.Redirect.appendTo(log.toFile()));
    }

    private static ServiceProcess start(Service service, URI baseUrl, Path log, List<String> command, Path root,
                                        ProcessBuilder.Redirect output) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output)
                    .start();
            return new ServiceProcess(service, baseUrl, log, command, root, process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.module(), e);
        }
    }

    Service service() {
        return service;
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** Whether readiness (database and Kafka reachable) answers 200; fails if the process has exited. */
    boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException(service.module() + " exited with " + process.exitValue() + "; last lines of "
                    + log + ":\n" + logTail());
        }
        var request = HttpRequest.newBuilder(baseUrl.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Resident memory from {@code /proc/<pid>/status} (VmRSS), in KiB. */
    long residentKiB() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(service.module() + " is not running", e);
        }
    }

    /** Asks the service to shut down gracefully (SIGTERM), without waiting. */
    void terminate() {
        stopping = true;
        process.destroy();
    }

    /**
     * Kills the service outright (SIGKILL) and waits until it is gone: no shutdown hook runs and
     * nothing is flushed or released, as when a machine or a container dies.
     */
    void kill() {
        stopping = true;
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(service.module() + " outlived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + service.module(), e);
        }
    }

    /** Waits for the exit asked by {@link #terminate()}, and kills the process if it outlives {@code deadline}. */
    void awaitExit(Instant deadline) {
        try {
            long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
