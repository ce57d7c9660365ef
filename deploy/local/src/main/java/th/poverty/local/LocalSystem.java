package th.poverty.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;

import th.poverty.testing.Database;
import th.poverty.testing.KafkaBroker;
import th.poverty.testing.PostgresServer;
import th.poverty.testing.ServiceProcess;
import th.poverty.testing.TokenKeys;

/**
 * The whole system on this machine: PostgreSQL and Kafka from {@code platform/testing}, then the
 * services' runner jars as child processes. {@link #close()} (also run on Ctrl-C / SIGTERM) stops
 * the services first, so they never lose their database or broker while still working.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final String BROKER_HEAP = "256m";
    private static final String BUILD_COMMAND = "./mvnw install -DskipTests";

    private final Options options;
    private final DataDirectory data;
    private final TokenKeys tokenKeys;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private final Map<Service, Duration> readyAfter = new EnumMap<>(Service.class);
    private ServiceProcess console;
    private final Thread shutdownHook = new Thread(this::close, "local-system-shutdown");
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private Duration infrastructureStartup;
    private Duration servicesStartup;
    private boolean closed;

    /**
     * {@code LocalSystem [--root <repository>] [--fresh]}: starts everything on the standard ports,
     * loads the Chachoengsao demo, prints where everything answers and runs until Ctrl-C / SIGTERM.
     * {@code --parity} starts it with production's settings instead ({@link ParitySystem}).
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Instant began = Instant.now();
        LocalSystem system;
        try {
            var command = CommandLine.parse(args).allowing("--fresh", "--parity");
            if (command.has("--parity")) {
                ParitySystem.run(command.root());
                return;
            }
            var options = Options.standard(command.root());
            if (command.has("--fresh")) {
                new DataDirectory(options.dataDir()).wipe();
            }
            System.out.println("Starting PostgreSQL and Kafka, then " + options.services().size() + " services"
                    + (options.runsConsole() ? " and the console" : "") + " ...");
            system = start(options);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("Local system not started: " + e.getMessage());
            System.exit(1);
            return;
        }
        Duration startup = Duration.between(began, Instant.now());
        ChachoengsaoDemo.Result demo;
        try {
            demo = new ChachoengsaoDemo().load(system.url(Service.HOUSEHOLD), system.tokenKeys());
        } catch (UncheckedIOException e) {
            System.err.printf("Chachoengsao demo not loaded: %s (%s); see %s%n", e.getMessage(), e.getCause(),
                    system.data().log(Service.HOUSEHOLD));
            System.exit(1);
            return;
        }
        ChachoengsaoJourneys.Result journeys = null;
        if (system.services().containsAll(List.of(Service.PLAN, Service.TEAM))) {
            try {
                journeys = new ChachoengsaoJourneys().load(system.url(Service.HOUSEHOLD), system.url(Service.PLAN),
                        system.tokenKeys());
            } catch (UncheckedIOException e) {
                System.err.printf("Chachoengsao journeys not loaded: %s (%s)%n", e.getMessage(), e.getCause());
                System.exit(1);
                return;
            }
        }
        TeamDemo.Result teams = null;
        if (system.services().contains(Service.TEAM)) {
            try {
                teams = new TeamDemo().load(system.url(Service.TEAM), system.tokenKeys(),
                        demo.created() + demo.alreadyLoaded(), journeys == null ? 0 : journeys.needingCare());
            } catch (UncheckedIOException e) {
                System.err.printf("Chachoengsao teams not loaded: %s (%s); see %s%n", e.getMessage(), e.getCause(),
                        system.data().log(Service.TEAM));
                System.exit(1);
                return;
            }
        }
        String token = system.tokenKeys().mint("demo-officer", Set.of("province-officer"), ChachoengsaoDemo.PROVINCE,
                MintToken.LIFETIME);
        Files.writeString(system.data().tokenFile(), token);
        StartupReport.print(System.out, system, startup, demo, token);
        if (journeys != null) {
            System.out.println(journeys.summary());
        }
        if (teams != null) {
            System.out.println(teams.summary());
        }
        Thread.currentThread().join(); // until Ctrl-C / SIGTERM: the shutdown hook stops everything
    }

    private LocalSystem(Options options, DataDirectory data, TokenKeys tokenKeys) {
        this.options = options;
        this.data = data;
        this.tokenKeys = tokenKeys;
    }

    /**
     * Starts everything and returns once every service answers ready.
     *
     * @throws IllegalStateException when a runner jar is missing, a port is taken, or a component does
     *                               not come up in time (with the tail of its log); nothing is left running
     */
    public static LocalSystem start(Options options) {
        requireRunnerJars(options);
        requireFreePorts(options);
        var data = new DataDirectory(options.dataDir());
        data.create();
        var system = new LocalSystem(options, data, TokenKeys.loadOrCreate(data.keys()));
        Runtime.getRuntime().addShutdownHook(system.shutdownHook);
        try {
            system.startInfrastructure();
            system.startServices();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    public List<Service> services() {
        return List.copyOf(services.keySet());
    }

    public URI url(Service service) {
        return services.get(service).url();
    }

    /** Where a test reads the service's database directly, as {@link PostgresServer#USER} without a password. */
    public String jdbcUrl(Service service) {
        return postgres.jdbcUrl(service.database());
    }

    /** The configuration a service is started with: its database, the broker and the token key. */
    public Map<String, String> wiring(Service service) {
        return ServiceProcess.wiring(postgres, service.database(), kafka, tokenKeys);
    }

    /** The server every service's database lives in. */
    public Database postgres() {
        return postgres;
    }

    public TokenKeys tokenKeys() {
        return tokenKeys;
    }

    public DataDirectory data() {
        return data;
    }

    public Options options() {
        return options;
    }

    /** PostgreSQL and Kafka, started side by side. */
    public Duration infrastructureStartup() {
        return infrastructureStartup;
    }

    /** From launching the service processes until the last one answered ready. */
    public Duration servicesStartup() {
        return servicesStartup;
    }

    public Duration readyAfter(Service service) {
        return readyAfter.get(service);
    }

    public long residentKiB(Service service) {
        return services.get(service).residentKiB();
    }

    static void requireRunnerJars(Options options) {
        List<Path> jars = new ArrayList<>(options.services().stream().map(service -> service.runnerJar(options.root())).toList());
        if (options.runsConsole()) {
            jars.add(options.consoleJar());
        }
        List<String> missing = jars.stream().filter(jar -> !Files.exists(jar)).map(Object::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built yet: " + String.join(", ", missing)
                    + "\nbuild the services first: " + BUILD_COMMAND);
        }
    }

    /** A taken port would otherwise surface as a confusing failure deep inside one component. */
    static void requireFreePorts(Options options) {
        List<Integer> ports = new ArrayList<>(List.of(options.postgresPort(), options.kafkaPort(), options.kafkaControllerPort()));
        options.services().forEach(service -> ports.add(options.port(service)));
        if (options.runsConsole()) {
            ports.add(options.consolePort());
        }
        for (int port : ports) {
            try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("127.0.0.1:" + port + " is in use: is the local system already running?");
            }
        }
    }

    private void startInfrastructure() {
        Instant began = Instant.now();
        try (var executor = Executors.newFixedThreadPool(2)) {
            var postgresStart = CompletableFuture.supplyAsync(
                    () -> PostgresServer.start(data.postgres(), options.postgresPort(), options.durable()), executor);
            var kafkaStart = CompletableFuture.supplyAsync(
                    () -> KafkaBroker.start(data.kafka(), options.kafkaPort(), options.kafkaControllerPort(), BROKER_HEAP),
                    executor);
            // wait for both, so that whichever did start is adopted and stopped by close()
            CompletableFuture.allOf(postgresStart, kafkaStart).exceptionally(failure -> null).join();
            adopt(postgresStart.isCompletedExceptionally() ? null : postgresStart.join(),
                    kafkaStart.isCompletedExceptionally() ? null : kafkaStart.join());
            rethrowCause(CompletableFuture.allOf(postgresStart, kafkaStart));
        }
        options.services().forEach(service -> postgres.createDatabaseIfAbsent(service.database()));
        infrastructureStartup = Duration.between(began, Instant.now());
    }

    private synchronized void adopt(PostgresServer postgres, KafkaBroker kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
        if (closed) {
            throw new IllegalStateException("stopped while starting");
        }
    }

    private void startServices() {
        Instant launched = Instant.now();
        launchServices();
        awaitReady(services, launched);
        servicesStartup = Duration.between(launched, Instant.now());
        if (options.runsConsole()) {
            startConsole();
        }
    }

    /** The console calls the services over their REST APIs and signs in the demo people with the local keys. */
    private void startConsole() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.profile", "local");
        for (Service service : services.keySet()) {
            config.put("quarkus.rest-client." + service.database() + ".url", url(service).toString());
        }
        config.put("console.demo-sign-in.key-dir", data.keys().toString());
        config.putAll(options.extraConfig());
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("stopped while starting");
            }
            console = ServiceProcess.launch("console", options.consoleJar(), options.root(),
                    List.of("-Xmx128m", "-XX:+UseSerialGC"), options.consolePort(), config, data.consoleLog());
        }
        console.awaitReady(READY_TIMEOUT);
    }

    /** From launching the console until it answered ready. */
    public Duration consoleStartup() {
        return console.startedIn();
    }

    /** Where the console answers; null when this system runs none. */
    public URI consoleUrl() {
        return console == null ? null : console.url();
    }

    /** Waits until every one of {@code processes} answers ready, noting how long each took. */
    private void awaitReady(Map<Service, ServiceProcess> processes, Instant launched) {
        Map<Service, ServiceProcess> pending = new LinkedHashMap<>(processes);
        Instant deadline = launched.plus(READY_TIMEOUT);
        while (!pending.isEmpty()) {
            pending.entrySet().removeIf(entry -> {
                boolean ready = entry.getValue().isReady();
                if (ready) {
                    readyAfter.put(entry.getKey(), Duration.between(launched, Instant.now()));
                }
                return ready;
            });
            if (!pending.isEmpty() && Instant.now().isAfter(deadline)) {
                var late = pending.entrySet().iterator().next();
                throw new IllegalStateException(late.getKey().module() + " not ready after " + READY_TIMEOUT.toSeconds()
                        + " s; last lines of " + data.log(late.getKey()) + ":\n" + late.getValue().logTail());
            }
            sleep(POLL);
        }
    }

    private synchronized void launchServices() {
        if (closed) {
            throw new IllegalStateException("stopped while starting");
        }
        for (Service service : options.services()) {
            Map<String, String> config = new LinkedHashMap<>(wiring(service));
            config.putAll(options.extraConfig());
            services.put(service, ServiceProcess.launch(service.module(), service.runnerJar(options.root()), options.root(),
                    // four services share a laptop with PostgreSQL and Kafka: small heaps, the lean collector
                    List.of("-Xmx256m", "-XX:+UseSerialGC"), options.port(service), config, data.log(service)));
        }
    }

    // Faults, for the tests that show the system survives them. Each keeps ports and data, so what
    // comes back is the same system.

    /** Takes Kafka away (controlled shutdown); its port and log directory wait for {@link #startBroker()}. */
    public void stopBroker() {
        kafka.stop();
    }

    /** Brings Kafka back on the same port with the same logs; returns once it answers. */
    public void startBroker() {
        kafka.start();
    }

    /** Takes PostgreSQL away (fast shutdown: sessions cut, nothing committed lost) until {@link #startDatabase()}. */
    public void stopDatabase() {
        postgres.stop();
    }

    /** Brings PostgreSQL back on the same port with the same data; returns once it accepts connections. */
    public void startDatabase() {
        postgres.start();
    }

    /** Kills the service with SIGKILL, as a crash would: no graceful shutdown, nothing released. */
    public void kill(Service service) {
        services.get(service).kill();
    }

    /** Starts a killed service again on the same port with the same configuration; returns once it is ready. */
    public void restart(Service service) {
        Instant launched = Instant.now();
        ServiceProcess process;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("stopped");
            }
            process = services.get(service).relaunch();
            services.put(service, process);
        }
        awaitReady(Map.of(service, process), launched);
    }

    /** Stops the services (SIGTERM, killed after 20 s), then Kafka, then PostgreSQL. Safe to call twice. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // this is the hook running: nothing to remove
        }
        System.out.println("Stopping the console and the services, then Kafka and PostgreSQL ...");
        if (console != null) {
            console.terminate();
        }
        services.values().forEach(ServiceProcess::terminate);
        Instant deadline = Instant.now().plus(STOP_GRACE);
        services.values().forEach(process -> process.awaitExit(deadline));
        if (console != null) {
            console.awaitExit(deadline);
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        System.out.println("Local system stopped.");
    }

    private static void rethrowCause(CompletableFuture<?> future) {
        try {
            future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        }
    }
}
