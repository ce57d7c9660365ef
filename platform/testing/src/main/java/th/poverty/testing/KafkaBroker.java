package th.poverty.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft combined mode (broker and controller in one process), in a
 * child JVM whose classpath is the one {@code platform/kafka-broker} resolved: kept apart from
 * the Quarkus classpath so neither re-versions the other. Listens only on 127.0.0.1 and keeps
 * its ports and log directory across {@link #stop()} and {@link #start()}, so tests can take
 * the broker away and bring it back.
 */
public final class KafkaBroker implements Broker {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";

    private final Path workDir;
    private final Path config;
    private final Path logFile;
    private final int port;
    private final String heap;
    /** TLS, SCRAM users and ACLs as production has them; null for the plain broker tests share. */
    private final KafkaSecurity security;
    private Process process;

    private KafkaBroker(Path workDir, int port, int controllerPort, String heap, KafkaSecurity security) {
        this.workDir = workDir;
        this.config = workDir.resolve("server.properties");
        this.logFile = workDir.resolve("broker.log");
        this.port = port;
        this.heap = heap;
        this.security = security;
        writeConfig(controllerPort);
    }

    /**
     * A throw-away broker for tests, data in a fresh temp directory, stopped when the JVM exits
     * even if the test setup around it fails.
     */
    public static KafkaBroker startEphemeral() {
        try {
            var broker = new KafkaBroker(Files.createTempDirectory("kafka-"), Ports.free(), Ports.free(), "512m", null);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-shutdown"));
            broker.formatIfNeeded();
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker whose log directory lives in {@code workDir} and survives restarts. */
    public static KafkaBroker start(Path workDir, int port, int controllerPort, String heap) {
        var broker = new KafkaBroker(workDir, port, controllerPort, heap, null);
        broker.formatIfNeeded();
        broker.start();
        return broker;
    }

    /**
     * A broker secured as production's is ({@link KafkaSecurity}): SASL_SSL only, SCRAM users,
     * no access without an ACL. Its log directory and certificate live in {@code workDir}.
     */
    public static KafkaBroker startSecured(Path workDir, int port, int controllerPort, String heap) {
        var broker = new KafkaBroker(workDir, port, controllerPort, heap, KafkaSecurity.in(workDir.resolve("tls"), "127.0.0.1:" + port));
        broker.formatIfNeeded();
        broker.start();
        return broker;
    }

    /** How to connect to a secured broker, as its super user or anyone else. */
    public KafkaSecurity security() {
        if (security == null) {
            throw new IllegalStateException("a plain broker: every client connects without credentials");
        }
        return security;
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            process = new ProcessBuilder(java("kafka.Kafka", config.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(Duration.ofSeconds(90));
    }

    /** Controlled shutdown (SIGTERM); killed after 30 s. */
    @Override
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        Processes.awaitExit(process, Duration.ofSeconds(30));
        process = null;
    }

    private void writeConfig(int controllerPort) {
        List<String> listeners = security != null ? security.brokerProperties(port, controllerPort) : List.of(
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                String.join("\n", listeners),
                "log.dirs=" + workDir.resolve("logs"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.ms=-1",
                "");
        try {
            Files.createDirectories(workDir);
            Files.writeString(config, properties, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void formatIfNeeded() {
        if (Files.exists(workDir.resolve("logs/meta.properties"))) {
            return;
        }
        List<String> format = new ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(),
                "--ignore-formatted"));
        if (security != null) {
            format.addAll(List.of("--add-scram", security.scramCredentialArgument()));
        }
        Processes.run(java("kafka.tools.StorageTool", format.toArray(String[]::new)), logFile, Duration.ofMinutes(2));
    }

    /**
     * Runs one of Kafka's own tools ({@code org.apache.kafka.tools.EndToEndLatency},
     * {@code ConsumerPerformance}, ...) in a JVM of its own with the broker's classpath, and
     * returns what it printed: how benchmarks measure the broker's floor on this machine.
     */
    public static String runTool(String toolClass, Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", brokerClasspath(), toolClass));
        command.addAll(List.of(args));
        try {
            Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!tool.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                tool.destroyForcibly();
                throw new IllegalStateException(toolClass + " did not finish within " + timeout);
            }
            if (tool.exitValue() != 0) {
                throw new IllegalStateException(toolClass + " exited with " + tool.exitValue() + ":\n" + output.join());
            }
            return output.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap,
                "-XX:+UseG1GC",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dlog4j2.level=WARN",
                "-cp", brokerClasspath(),
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private void awaitReady(Duration timeout) {
        // Kafka instantiates its plugins through the context class loader, which under a Quarkus
        // test resource is not the one that loaded the client classes.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaBroker.class.getClassLoader());
        try {
            pollUntilReady(timeout);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void pollUntilReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        awaitListening(deadline);
        Exception last = null;
        Map<String, Object> settings = new HashMap<>(security != null ? security.admin()
                : Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        try (Admin admin = Admin.create(settings)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited with " + process.exitValue() + ": " + Processes.tail(logFile));
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                            .get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    last = e;
                    Processes.sleep(Duration.ofMillis(100));
                }
            }
        }
        throw new IllegalStateException("Kafka not ready after " + timeout + ": " + Processes.tail(logFile), last);
    }

    /** Waits for the port before asking Kafka anything, so the admin client does not log every refusal. */
    private void awaitListening(Instant deadline) {
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (var socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Processes.sleep(Duration.ofMillis(100));
            }
        }
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " missing: build platform/kafka-broker first");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
