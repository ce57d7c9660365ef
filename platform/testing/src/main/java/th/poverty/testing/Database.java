package th.poverty.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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

    default void createDatabaseIfAbsent(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (var connection = connect("postgres");
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
    }
}
