package th.poverty.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A PostgreSQL server the tests use: from Maven Central's binaries, or a container where Docker runs. */
public interface Database extends AutoCloseable {

    String jdbcUrl(String database);

    String reactiveUrl(String database);

    String user();

    String password();

    /** Stops the server; nothing committed is lost. */
    void stop();

    /** Starts it again on the same address. */
    void start();

    @Override
    default void close() {
        stop();
    }

    default Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    /** The role that owns a service's database and runs its migrations (the database's own name). */
    static String ownerOf(String database) {
        return database;
    }

    /** The role a service runs as: it reads and appends events and keeps its read models, nothing more. */
    static String runtimeRoleOf(String database) {
        return database + "_runtime";
    }

    /**
     * Creates a service's database as production has it (deploy/kubernetes, CloudNativePG): owned
     * by {@link #ownerOf}, which runs the migrations, with {@link #runtimeRoleOf} for the service
     * itself. The owner is a member of the runtime role, so that it may hand the runtime role
     * tables the service rebuilds (reporting's projections).
     */
    default void createDatabaseIfAbsent(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (var connection = connect("postgres")) {
            createRoleIfAbsent(connection, runtimeRoleOf(name));
            createRoleIfAbsent(connection, ownerOf(name));
            try (var grant = connection.createStatement()) {
                grant.execute("grant " + runtimeRoleOf(name) + " to " + ownerOf(name));
            }
            String owner = first(connection, "select pg_get_userbyid(datdba) from pg_database where datname = ?", name);
            if (owner == null) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + name + " owner " + ownerOf(name));
                }
            } else if (!owner.equals(ownerOf(name))) {
                throw new IllegalStateException("database " + name + " was made before services ran as their own roles;"
                        + " start from empty databases (bin/run-local --fresh)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }

    private void createRoleIfAbsent(Connection connection, String role) throws SQLException {
        if (first(connection, "select rolname from pg_roles where rolname = ?", role) == null) {
            try (var create = connection.createStatement()) {
                create.execute("create role " + role + " login password '" + rolePassword().replace("'", "''") + "'");
            }
        }
    }

    /** The first column of the query's first row, or null without one. */
    private static String first(Connection connection, String query, String name) throws SQLException {
        try (var statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /**
     * The password of the roles {@link #createDatabaseIfAbsent} makes: the server's own, or any
     * where the server trusts local connections (Quarkus reads an empty one as none at all).
     */
    default String rolePassword() {
        return password().isEmpty() ? "local" : password();
    }

    /**
     * What a Quarkus service needs to reach its database as production has it: the runtime role
     * for the service, the owner for Flyway.
     */
    default Map<String, String> serviceConfig(String database) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.username", runtimeRoleOf(database));
        config.put("quarkus.datasource.password", rolePassword());
        config.put("quarkus.flyway.username", ownerOf(database));
        config.put("quarkus.flyway.password", rolePassword());
        config.put("quarkus.datasource.jdbc.url", jdbcUrl(database));
        config.put("quarkus.datasource.reactive.url", reactiveUrl(database));
        return config;
    }
}
