package th.poverty.local;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the local system keeps its state and which loopback ports it takes.
 *
 * @param root         the repository root, where the services' runner jars are built
 * @param dataDir      PostgreSQL data, Kafka logs, token keys and service logs
 * @param durable      PostgreSQL fsyncs (the local system keeps its data; tests need not)
 * @param servicePorts the services to run and their HTTP ports
 * @param consolePort  the console's HTTP port, 0 to run none
 * @param extraConfig  configuration every service and the console gets besides its wiring, such as
 *                     where to send traces (a test's receiver); the environment's OTEL_* variables
 *                     reach them in any case
 */
public record Options(Path root, Path dataDir, boolean durable, int postgresPort, int kafkaPort,
                      int kafkaControllerPort, Map<Service, Integer> servicePorts, int consolePort,
                      Map<String, String> extraConfig) {

    /** The console's HTTP port on this machine. */
    public static final int CONSOLE_PORT = 8080;

    public Options {
        servicePorts = Map.copyOf(servicePorts);
        extraConfig = Map.copyOf(extraConfig);
    }

    public Options(Path root, Path dataDir, boolean durable, int postgresPort, int kafkaPort, int kafkaControllerPort,
                   Map<Service, Integer> servicePorts, int consolePort) {
        this(root, dataDir, durable, postgresPort, kafkaPort, kafkaControllerPort, servicePorts, consolePort, Map.of());
    }

    /** All four services and the console on the documented ports, data in {@code deploy/local/.data}. */
    public static Options standard(Path root) {
        return new Options(root, root.resolve("deploy/local/.data"), true, 55432, 59092, 59093,
                Arrays.stream(Service.values()).collect(Collectors.toMap(Function.identity(), Service::localPort)),
                CONSOLE_PORT);
    }

    /** The services to run, in a stable order. */
    public List<Service> services() {
        return Arrays.stream(Service.values()).filter(servicePorts::containsKey).toList();
    }

    public int port(Service service) {
        return servicePorts.get(service);
    }

    public boolean runsConsole() {
        return consolePort > 0;
    }

    /** The console's fast-jar launcher that {@code ./mvnw install -DskipTests} leaves in its module. */
    public Path consoleJar() {
        return root.resolve("console/target/quarkus-app/quarkus-run.jar");
    }
}
