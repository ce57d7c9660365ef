package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import th.poverty.testing.Database;
import th.poverty.testing.Ports;
import th.poverty.testing.ServiceProcess;

/**
 * As deploy/kubernetes runs a service: its migrations in an init container, as the database's
 * owner, and the service itself as the runtime role, which has no owner's password.
 */
@ExtendWith(SharedLocalSystem.class)
class MigrationStepTest {

    private static final String DATABASE = "household_migrated";

    @Test
    void theOwnerMigratesInAStepOfItsOwnAndTheServiceRunsWithoutMigrating(@TempDir Path logs) throws SQLException {
        LocalSystem system = SharedLocalSystem.running().system();
        Database postgres = system.postgres();
        postgres.createDatabaseIfAbsent(DATABASE);
        Map<String, String> config = new LinkedHashMap<>(system.wiring(Service.HOUSEHOLD));
        config.putAll(postgres.serviceConfig(DATABASE));

        Map<String, String> migration = new LinkedHashMap<>(config);
        migration.put("quarkus.init-and-exit", "true");
        try (var step = launch(system, migration, logs.resolve("migration.log"))) {
            step.awaitExit(Instant.now().plusSeconds(90));
            assertThat(step.exitCode()).as(step.logTail()).isZero();
        }
        assertThat(ownerOf("events")).isEqualTo(Database.ownerOf(DATABASE));

        Map<String, String> runtime = new LinkedHashMap<>(config);
        runtime.remove("quarkus.flyway.username");
        runtime.remove("quarkus.flyway.password");
        runtime.put("quarkus.flyway.migrate-at-start", "false");
        try (var service = launch(system, runtime, logs.resolve("service.log"))) {
            service.awaitReady(Duration.ofSeconds(90));
            assertThat(service.isReady()).isTrue();
        }
    }

    private static ServiceProcess launch(LocalSystem system, Map<String, String> config, Path log) {
        return ServiceProcess.launch("household-service", Service.HOUSEHOLD.runnerJar(system.options().root()),
                system.options().root(), List.of("-Xmx256m"), Ports.free(), config, log);
    }

    private static String ownerOf(String table) throws SQLException {
        try (var connection = SharedLocalSystem.running().system().postgres().connect(DATABASE);
             var owner = connection.prepareStatement("select tableowner from pg_tables where tablename = ?")) {
            owner.setString(1, table);
            try (var rows = owner.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
