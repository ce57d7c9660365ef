package th.poverty.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import th.poverty.testing.Broker;
import th.poverty.testing.Database;
import th.poverty.testing.Ports;
import th.poverty.testing.ServiceProcess;
import th.poverty.testing.TokenKeys;

/** The system's services started for a benchmark, on its PostgreSQL and Kafka. */
final class Services {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private Services() {
    }

    /** The runner jar {@code ./mvnw package} leaves in the service's module (the system's, or bench's own). */
    static Path runnerJar(Path root, String module) {
        Path dir = Files.isDirectory(root.resolve(module)) ? root.resolve(module) : root.resolve("bench").resolve(module);
        return dir.resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Starts a service and returns once it answers ready.
     *
     * @param module   the service's module, e.g. household-service; its database is the name before the dash
     * @param settings configuration beyond what the benchmark sets, e.g. a batch size to try
     */
    static ServiceProcess start(String module, Path root, Path jar, Database postgres, Broker kafka, TokenKeys keys,
                                String heap, Map<String, String> settings, Path log) {
        String database = databaseOf(module);
        postgres.createDatabaseIfAbsent(database);
        Map<String, String> config = new TreeMap<>(ServiceProcess.wiring(postgres, database, kafka, keys));
        config.putAll(settings);
        return ServiceProcess.launch(module, jar, root, List.of("-Xmx" + heap), Ports.free(), config, log)
                .awaitReady(READY_TIMEOUT);
    }

    static String databaseOf(String module) {
        return module.substring(0, module.indexOf('-'));
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
