package th.poverty.testing;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service as it is deployed: its packaged runner jar in a JVM of its own, configured by system
 * properties and, where a test gives it a deployment's, environment variables; its output in its
 * own log file. The local system and the benchmarks start the
 * services this one way.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();
    private static final int LOG_TAIL_LINES = 40;
    private static final Duration POLL = Duration.ofMillis(250);

    private final String name;
    private final URI url;
    private final Path log;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workDir;
    private final Process process;
    private final long launched = System.nanoTime();
    private volatile Duration startedIn;
    private volatile boolean stopping;

    private ServiceProcess(String name, URI url, Path log, List<String> command, Map<String, String> environment,
                           Path workDir, Process process, boolean step) {
        this.stopping = step;
        this.name = name;
        this.url = url;
        this.log = log;
        this.command = command;
        this.environment = environment;
        this.workDir = workDir;
        this.process = process;
        process.onExit().thenAccept(exited -> {
            if (!stopping) {
                System.err.printf("%s stopped unexpectedly (exit %d); see %s%n", name, exited.exitValue(), log);
            }
        });
    }

    /**
     * Starts {@code jar} with the JVM that runs this code, listening on 127.0.0.1:{@code port}.
     *
     * @param jvmOptions heap and collector, e.g. {@code -Xmx256m}
     * @param config     Quarkus configuration, passed as system properties (they override application.properties)
     */
    public static ServiceProcess launch(String name, Path jar, Path workDir, List<String> jvmOptions, int port,
                                        Map<String, String> config, Path log) {
        return launch(name, jar, workDir, jvmOptions, port, config, Map.of(), log);
    }

    /**
     * As {@link #launch(String, Path, Path, List, int, Map, Path)}, with {@code environment} added to
     * this JVM's own: a deployment's variables ({@code KAFKA_BOOTSTRAP_SERVERS}, ...), which the
     * system properties in {@code config} override.
     */
    public static ServiceProcess launch(String name, Path jar, Path workDir, List<String> jvmOptions, int port,
                                        Map<String, String> config, Map<String, String> environment, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: ./mvnw package -DskipTests");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        return start(name, URI.create("http://127.0.0.1:" + port), log, List.copyOf(command), Map.copyOf(environment),
                workDir, ProcessBuilder.Redirect.to(log.toFile()), false);
    }

    /**
     * Runs {@code jar} as a step that ends by itself, such as a service's migrations
     * ({@code QUARKUS_INIT_AND_EXIT=true}): {@link #awaitExit} then {@link #exitCode}.
     */
    public static ServiceProcess launchStep(String name, Path jar, Path workDir, List<String> jvmOptions,
                                            Map<String, String> environment, Path log) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return start(name, URI.create("http://127.0.0.1:0"), log, List.copyOf(command), Map.copyOf(environment), workDir,
                ProcessBuilder.Redirect.to(log.toFile()), true);
    }

    /** What a service needs to find its database, the broker and the token key, in the local profile. */
    public static Map<String, String> wiring(Database postgres, String database, Broker kafka, TokenKeys keys) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.profile", "local");
        config.putAll(postgres.serviceConfig(database));
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.oidc.public-key", keys.publicKey());
        config.put("quarkus.oidc.token.issuer", TokenKeys.ISSUER);
        return config;
    }

    /** The same service started again, on the same port with the same configuration; its log goes on. */
    public ServiceProcess relaunch() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return start(name, url, log, command, environment, workDir, ProcessBuilder.Redirect.appendTo(log.toFile()), false);
    }

    private static ServiceProcess start(String name, URI url, Path log, List<String> command,
                                        Map<String, String> environment, Path workDir, ProcessBuilder.Redirect output,
                                        boolean step) {
        try {
            var builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output);
            builder.environment().putAll(environment);
            return new ServiceProcess(name, url, log, command, environment, workDir, builder.start(), step);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public URI url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    /** Whether readiness (database and Kafka reachable) answers 200; fails if the process has exited. */
    public boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; last lines of "
                    + log + ":\n" + logTail());
        }
        var request = HttpRequest.newBuilder(url.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            boolean ready = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            if (ready && startedIn == null) {
                startedIn = Duration.ofNanos(System.nanoTime() - launched);
            }
            return ready;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the service answers ready; stops it and fails if it does not within {@code timeout}. */
    public ServiceProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try {
            while (!isReady()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; last lines of "
                            + log + ":\n" + logTail());
                }
                sleep(POLL);
            }
            return this;
        } catch (RuntimeException notReady) {
            close(); // nothing left running behind a failed start
            throw notReady;
        }
    }

    /** From launching the JVM to its first ready answer; null until then. */
    public Duration startedIn() {
        return startedIn;
    }

    /** Resident memory now (VmRSS), in KiB. */
    public long residentKiB() {
        return status("VmRSS:");
    }

    /** The most resident memory the process ever had (VmHWM), in KiB. */
    public long peakResidentKiB() {
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

    /** Asks the service to shut down gracefully (SIGTERM), without waiting. */
    public void terminate() {
        stopping = true;
        process.destroy();
    }

    /** Freezes the service (SIGSTOP): it holds its connections and locks but does nothing, as a hung process. */
    public void freeze() {
        Processes.signal(process, "STOP");
    }

    /** Lets a frozen service go on (SIGCONT) from where it stopped. */
    public void thaw() {
        Processes.signal(process, "CONT");
    }

    /**
     * Kills the service outright (SIGKILL) and waits until it is gone: no shutdown hook runs and
     * nothing is flushed or released, as when a machine or a container dies.
     */
    public void kill() {
        stopping = true;
        process.destroyForcibly();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " outlived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    /**
     * Waits for the exit asked by {@link #terminate()}, or that a step run to its end makes, and
     * kills the process if it outlives {@code deadline}.
     */
    public void awaitExit(Instant deadline) {
        stopping = true;
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

    /** How the process ended, once it has: what an init step (quarkus.init-and-exit) reports. */
    public int exitCode() {
        return process.exitValue();
    }

    /** Stops the service gracefully, killing it after 20 s. */
    @Override
    public void close() {
        terminate();
        awaitExit(Instant.now().plusSeconds(20));
    }

    public String logTail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
