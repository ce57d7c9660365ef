package th.poverty.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import org.postgresql.PGConnection;

import th.poverty.testing.Database;

/**
 * The floor the import is measured against: the same file copied by PostgreSQL's COPY into a
 * plain table (text columns, no key, no index), in a database of its own on the same server.
 */
final class PlainCopy {

    static final String DATABASE = "bench";

    private PlainCopy() {
    }

    /** How long the COPY took; the table holds the rows afterwards. */
    static Duration run(Database postgres, Path file) {
        postgres.createDatabaseIfAbsent(DATABASE);
        try (Connection connection = postgres.connect(DATABASE)) {
            try (var statement = connection.createStatement()) {
                statement.execute("drop table if exists bmn_plain");
                statement.execute("""
                        create table bmn_plain (national_id text, first_name text, last_name text, house_number text,
                                                village_code text, members text, income_per_person text,
                                                failed_indicators text, phone text, address text)""");
            }
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bmn_plain from stdin (format csv, header true)", in);
            }
            return Duration.ofNanos(System.nanoTime() - start);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
