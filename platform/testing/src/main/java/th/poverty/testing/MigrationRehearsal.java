package th.poverty.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A service's database as an earlier release left it: migrated up to a version on a database of
 * its own, given the data that release stored, then migrated to the latest as an upgrade does.
 * Both steps run as the database's owner, as the migration step of deploy/kubernetes does.
 */
public final class MigrationRehearsal {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Database postgres;
    private final String database;
    private final String[] locations;

    private MigrationRehearsal(Database postgres, String database, String[] locations) {
        this.postgres = postgres;
        this.database = database;
        this.locations = locations;
    }

    /**
     * A fresh database with the migrations of {@code locations} (as the service's
     * {@code quarkus.flyway.locations} lists them) applied up to {@code version} included.
     */
    public static MigrationRehearsal upTo(String version, String... locations) {
        Database postgres = Infrastructure.shared().postgres();
        String database = "rehearsal_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        postgres.createDatabaseIfAbsent(database);
        var rehearsal = new MigrationRehearsal(postgres, database, locations);
        rehearsal.flyway(MigrationVersion.fromVersion(version)).migrate();
        return rehearsal;
    }

    /** The upgrade: every later migration. */
    public void migrateToLatest() {
        flyway(MigrationVersion.LATEST).migrate();
    }

    /** Runs statements as the owner: what the earlier release stored. */
    public void store(String... statements) throws SQLException {
        try (Connection db = connect(); var statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The first column of every row the query gives, as text. */
    public List<String> read(String query) throws SQLException {
        try (Connection db = connect(); var statement = db.createStatement(); var rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), Database.ownerOf(database),
                postgres.rolePassword());
    }

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure()
                .dataSource(postgres.jdbcUrl(database), Database.ownerOf(database), postgres.rolePassword())
                .locations(Arrays.stream(locations).map(location -> "classpath:" + location).toArray(String[]::new))
                .placeholders(Map.of("runtime_role", Database.runtimeRoleOf(database)))
                .target(target)
                .load();
    }
}
