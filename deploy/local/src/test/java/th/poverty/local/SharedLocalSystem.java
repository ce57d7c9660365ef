package th.poverty.local;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.specification.RequestSpecification;
import th.poverty.testing.Ports;

/**
 * One local system for every test class of a run: a start costs about 20 s of CI time, so the
 * first class that needs it starts it and JUnit stops it when the whole run ends. The services
 * already built run (household-service must be: the others may still be being written).
 */
final class SharedLocalSystem implements BeforeAllCallback {

    /** The system as started, with what the tests need to reach it. */
    record Running(LocalSystem system, int kafkaPort, Path dataDir) implements AutoCloseable {

        /** A request to the service with a bearer token of the role, limited to the area. */
        RequestSpecification as(Service service, String subject, String role, String area) {
            String token = system.tokenKeys().mint(subject, Set.of(role), area);
            return given().baseUri(system.url(service).toString()).header("Authorization", "Bearer " + token);
        }

        @Override
        public void close() throws IOException {
            system.close();
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /**
     * The lock of the classes that start a system of their own ({@code FaultsTest}, {@code ParityTest}):
     * each runs beside the classes of the shared and demo systems, which wait on one another in the
     * main thread, but never beside the other, so that at most three systems share the machine.
     */
    static final String A_SYSTEM_OF_ITS_OWN = "a system of its own";

    private static volatile Running running;

    /** The running system; valid from the {@code @BeforeAll} of a class extended with this on. */
    static Running running() {
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot().getStore(ExtensionContext.Namespace.create(SharedLocalSystem.class))
                .computeIfAbsent(Running.class, key -> start(), Running.class);
    }

    /**
     * A system on free ports: the shared one, or one of its own for a class whose faults would
     * disturb the shared one's tests. Its services and console trace as in production, sending
     * their spans to the run's {@link TraceReceiver}.
     */
    static Running start() {
        Path root = RepositoryRoot.locate(null, Path.of(""));
        Map<Service, Integer> ports = Arrays.stream(Service.values())
                .filter(service -> service == Service.HOUSEHOLD || Files.exists(service.runnerJar(root)))
                .collect(Collectors.toMap(Function.identity(), service -> Ports.free()));
        int kafkaPort = Ports.free();
        try {
            Path dataDir = Files.createTempDirectory("local-system-test");
            var system = LocalSystem.start(new Options(root, dataDir, false, Ports.free(), kafkaPort, Ports.free(), ports,
                    Files.exists(root.resolve("console/target/quarkus-app/quarkus-run.jar")) ? Ports.free() : 0,
                    TraceReceiver.running().serviceConfig()));
            return new Running(system, kafkaPort, dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("no temporary directory for the local system", e);
        }
    }
}
