package th.poverty.local;

import java.nio.file.Path;

/** The four services of the system, each with its own database and a fixed port on this machine. */
public enum Service {
    HOUSEHOLD("household-service", "household", 8081),
    TEAM("team-service", "team", 8082),
    PLAN("plan-service", "plan", 8083),
    REPORTING("reporting-service", "reporting", 8084);

    private final String module;
    private final String database;
    private final int localPort;

    Service(String module, String database, int localPort) {
        this.module = module;
        this.database = database;
        this.localPort = localPort;
    }

    /** The Maven module, which is also the service's name in logs and messages. */
    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    public int localPort() {
        return localPort;
    }

    /** The fast-jar launcher that {@code ./mvnw install -DskipTests} leaves in the module. */
    public Path runnerJar(Path root) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
