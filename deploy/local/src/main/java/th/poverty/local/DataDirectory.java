package th.poverty.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;

/** The local system's state on disk, kept between runs: one folder per component. */
public record DataDirectory(Path path) {

    public Path postgres() {
        return path.resolve("postgres");
    }

    public Path kafka() {
        return path.resolve("kafka");
    }

    public Path keys() {
        return path.resolve("keys");
    }

    public Path logs() {
        return path.resolve("logs");
    }

    public Path log(Service service) {
        return logs().resolve(service.module() + ".log");
    }

    public Path consoleLog() {
        return logs().resolve("console.log");
    }

    /** The demo bearer token, for {@code curl -H "Authorization: Bearer $(cat ...)"}. */
    public Path tokenFile() {
        return path.resolve("token.txt");
    }

    void create() {
        try {
            Files.createDirectories(logs());
            // As root, PostgreSQL runs as nobody and must be able to reach its data folder below this one.
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes everything: databases, Kafka topics, keys (tokens minted before stop verifying) and logs. */
    void wipe() {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + path, e);
        }
    }
}
