package th.poverty.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import th.poverty.testing.KafkaBroker;
import th.poverty.testing.PostgresServer;
import th.poverty.testing.ServiceProcess;

/**
 * The whole system with production's settings, on this machine ({@code bin/run-local --parity};
 * {@code ParityTest} in CI). Kafka is secured as Strimzi secures it: SASL_SSL only, the SCRAM users
 * and ACLs of deploy/kubernetes' KafkaUser and KafkaTopic resources ({@link KafkaAccess}). Each
 * database has its owner and its runtime role. People and partner agencies sign in at the identity
 * provider, with the realm deploy/kubernetes imports ({@link IdentityProvider}). The services and the
 * console run in the production profile with their Deployments' own environment
 * ({@link KubernetesEnvironment}): each service's migrations in a step of their own as the owner,
 * then the service as the runtime role with its own Kafka user.
 * <p>
 * What differs from the cluster, and why: the addresses are this machine's; PostgreSQL listens on
 * loopback without TLS (no certificate authority here); one broker keeps no replicas; there is no
 * edge (Ingress); spans go where {@code environment} says, or nowhere.
 */
public final class ParitySystem implements AutoCloseable {

    /** Where the identity provider answers for {@code bin/run-local --parity}. */
    public static final int IDENTITY_PROVIDER_PORT = 8180;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final List<String> SERVICE_JVM = List.of("-Xmx256m", "-XX:+UseSerialGC");
    /** PostgreSQL's TLS settings: the local server has no certificate to verify. */
    private static final List<String> DATABASE_TLS = List.of("QUARKUS_DATASOURCE_REACTIVE_POSTGRESQL_SSL_MODE",
            "QUARKUS_DATASOURCE_REACTIVE_HOSTNAME_VERIFICATION_ALGORITHM", "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM",
            "QUARKUS_DATASOURCE_REACTIVE_TRUST_CERTIFICATE_PEM_CERTS");

    private final Options options;
    private final int identityProviderPort;
    private final Map<String, String> environment;
    private final DataDirectory data;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private Map<String, String> kafkaPasswords;
    /** Keycloak starts while the services migrate and start: they ask it for keys at their first request. */
    private CompletableFuture<IdentityProvider> identityStarting;
    private IdentityProvider identity;
    private ServiceProcess console;

    /**
     * {@code bin/run-local --parity}: starts everything from empty on the local system's ports
     * (the identity provider on {@value #IDENTITY_PROVIDER_PORT}), writes the province of
     * Chachoengsao's analysts' Kafka settings, prints where everything answers and who may sign in,
     * and runs until Ctrl-C / SIGTERM.
     */
    static void run(Path root) throws IOException, InterruptedException {
        Options standard = Options.standard(root);
        var options = new Options(root, root.resolve("deploy/local/.parity"), false, standard.postgresPort(),
                standard.kafkaPort(), standard.kafkaControllerPort(), standard.servicePorts(), standard.consolePort());
        new DataDirectory(options.dataDir()).wipe();
        System.out.println("Starting PostgreSQL, Kafka (SASL_SSL), the identity provider, then the four services and"
                + " the console with production settings ...");
        Instant began = Instant.now();
        ParitySystem system;
        try {
            system = start(options, IDENTITY_PROVIDER_PORT, Map.of());
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("Parity system not started: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "parity-system-shutdown"));
        Path analysts = system.writeAnalystsSettings("analysts-24");
        System.out.printf("%nParity system ready in %d s.%n%n", Duration.between(began, Instant.now()).toSeconds());
        System.out.printf("  %-18s %s   sign in at the identity provider as demo-carer, demo-district, demo-province,%n"
                + "  %-18s %s   demo-ministry, demo-agency or demo-analyst; each one's password is demo-only-<name>%n",
                "console (Thai)", system.consoleUrl(), "", "");
        System.out.printf("  %-18s %s   partner agencies: client agency-pmj-24, secret demo-only-agency-pmj-24-secret%n",
                "identity provider", system.identityProvider().issuer());
        for (Service service : options.services()) {
            System.out.printf("  %-18s %s%n", service.module(), system.url(service));
        }
        System.out.printf("  %-18s %s (SASL_SSL, SCRAM-SHA-512); Chachoengsao's analysts' settings: %s%n", "Kafka",
                system.kafka().bootstrapServers(), analysts);
        System.out.printf("%nTry the analysts' example:%n  java -cp \"examples/analytics-consumer/target/classes:"
                + "examples/analytics-consumer/target/lib/*\" th.poverty.examples.analytics.ProvinceProgress %s 24%n", analysts);
        System.out.printf("Logs: %s. Ctrl-C stops everything; the next run starts from empty.%n", system.data().logs());
        Thread.currentThread().join();
    }

    /** The consumer settings docs/partners.md gives a province's analysts, with their password and the cluster's CA. */
    Path writeAnalystsSettings(String user) throws IOException {
        var settings = kafka.security().client(user, kafkaPasswords.get(user));
        Path ca = Files.writeString(data.path().resolve("ca.crt"), settings.get("ssl.truststore.certificates").toString());
        Path file = data.path().resolve(user + ".properties");
        Files.writeString(file, String.join("\n",
                "bootstrap.servers=" + settings.get("bootstrap.servers"),
                "security.protocol=SASL_SSL",
                "sasl.mechanism=SCRAM-SHA-512",
                "sasl.jaas.config=" + settings.get("sasl.jaas.config"),
                "ssl.truststore.type=PEM",
                "ssl.truststore.location=" + ca,
                "group.id=" + user + "-dashboard", ""));
        return file;
    }

    private ParitySystem(Options options, int identityProviderPort, Map<String, String> environment) {
        this.options = options;
        this.identityProviderPort = identityProviderPort;
        this.environment = Map.copyOf(environment);
        this.data = new DataDirectory(options.dataDir());
    }

    /**
     * Starts everything from empty, returning once every service and the console answer ready.
     *
     * @param environment what every service and the console get besides their Deployments'
     *                    environment, such as where to send spans
     */
    public static ParitySystem start(Options options, int identityProviderPort, Map<String, String> environment) {
        LocalSystem.requireRunnerJars(options);
        LocalSystem.requireFreePorts(options);
        var system = new ParitySystem(options, identityProviderPort, environment);
        try {
            system.startInfrastructure();
            system.startServices();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private void startInfrastructure() {
        data.create();
        Path base = options.root().resolve("deploy/kubernetes/base");
        postgres = PostgresServer.start(data.postgres(), options.postgresPort(), options.durable());
        options.services().forEach(service -> postgres.createDatabaseIfAbsent(service.database()));
        kafka = KafkaBroker.startSecured(data.kafka(), options.kafkaPort(), options.kafkaControllerPort(), "256m");
        kafkaPasswords = KafkaAccess.apply(kafka, base);
        identityStarting = CompletableFuture.supplyAsync(() -> IdentityProvider.start(options.root(),
                options.dataDir().resolve("identity-provider"), identityProviderPort, postgres));
    }

    private void startServices() {
        var secrets = new ProductionSecrets(postgres, kafka.security(), kafkaPasswords, IdentityProvider.CONSOLE_SECRET);
        Map<Service, ServiceProcess> migrations = new EnumMap<>(Service.class);
        for (Service service : options.services()) {
            migrations.put(service, ServiceProcess.launchStep(service.module() + " migrations", service.runnerJar(options.root()),
                    options.root(), SERVICE_JVM, environment(service, "migrate", secrets),
                    data.log(service).resolveSibling(service.module() + "-migrate.log")));
        }
        migrations.forEach((service, step) -> {
            step.awaitExit(Instant.now().plus(READY_TIMEOUT));
            if (step.exitCode() != 0) {
                throw new IllegalStateException(service.module() + "'s migrations failed:\n" + step.logTail());
            }
        });
        for (Service service : options.services()) {
            services.put(service, launch(service.module(), service.runnerJar(options.root()), options.port(service),
                    environment(service, service.module(), secrets), data.log(service)));
        }
        services.values().forEach(process -> process.awaitReady(READY_TIMEOUT));
        try {
            identity = identityStarting.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        if (options.runsConsole()) {
            Map<String, String> console = KubernetesEnvironment.of(manifest("console/console.yaml"), "console", "console", secrets);
            services.forEach((service, process) ->
                    console.put("QUARKUS_REST_CLIENT_" + service.database().toUpperCase(Locale.ROOT) + "_URL", process.url().toString()));
            console.put("OIDC_AUTH_SERVER_URL", identity.issuer().toString());
            console.putAll(environment);
            this.console = launch("console", options.consoleJar(), options.consolePort(), console, data.consoleLog());
            this.console.awaitReady(READY_TIMEOUT);
        }
    }

    /** A container of the service's Deployment, its addresses made this machine's. */
    private Map<String, String> environment(Service service, String container, ProductionSecrets secrets) {
        Map<String, String> variables = KubernetesEnvironment.of(manifest("services/" + service.module() + ".yaml"),
                service.module(), container, secrets);
        DATABASE_TLS.forEach(variables::remove);
        variables.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(service.database()));
        variables.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        variables.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        variables.put("OIDC_AUTH_SERVER_URL", IdentityProvider.issuer(identityProviderPort).toString());
        variables.remove("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
        variables.putIfAbsent("OTEL_SDK_DISABLED", "true");
        variables.putAll(environment);
        return variables;
    }

    private Path manifest(String file) {
        return options.root().resolve("deploy/kubernetes/base").resolve(file);
    }

    private synchronized ServiceProcess launch(String name, Path jar, int port, Map<String, String> variables, Path log) {
        return ServiceProcess.launch(name, jar, options.root(), SERVICE_JVM, port, Map.of(), variables, log);
    }

    public URI url(Service service) {
        return services.get(service).url();
    }

    /** Where the console answers; null when this system runs none. */
    public URI consoleUrl() {
        return console == null ? null : console.url();
    }

    public IdentityProvider identityProvider() {
        return identity;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    /** Each Kafka user's password: the services', and each province's analysts'. */
    public Map<String, String> kafkaPasswords() {
        return kafkaPasswords;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public DataDirectory data() {
        return data;
    }

    /** The console first, then the services, the identity provider, Kafka and PostgreSQL. */
    @Override
    public synchronized void close() {
        List<AutoCloseable> stopping = new ArrayList<>();
        if (console != null) {
            stopping.add(console);
        }
        stopping.addAll(services.values());
        for (AutoCloseable process : stopping) {
            try {
                process.close();
            } catch (Exception e) {
                System.err.println("stopping: " + e.getMessage());
            }
        }
        if (identityStarting != null) {
            // started, failed, or still starting: waited for, then stopped
            IdentityProvider started = identityStarting.handle((provider, failure) -> provider).join();
            if (started != null) {
                started.close();
            }
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
    }
}
