package th.poverty.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * podman as root, without a daemon: each call is a child process that ends with its work. Runs
 * containers as this machine can: with runc where it is installed (Debian 12's crun refuses a
 * host whose cgroups are in hybrid mode), and with open-file and process limits no higher than
 * this process's own, which a root without CAP_SYS_RESOURCE (a VM's sandbox) cannot raise.
 */
final class Podman {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private Podman() {
    }

    /** Why podman cannot be used here, or null when it can. */
    static String unavailable() {
        for (String program : List.of("podman", "mmdebstrap")) {
            if (onPath(program) == null) {
                return program + " is not installed; bin/test installs it as root on Debian"
                        + " (apt-get install podman runc mmdebstrap)";
            }
        }
        return null;
    }

    /** The global options: the OCI runtime, runc when it is installed. */
    static List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman"));
        Path runc = onPath("runc");
        if (runc != null) {
            command.addAll(List.of("--runtime", runc.toString()));
        }
        command.addAll(List.of(arguments));
        return command;
    }

    /** The {@code --ulimit} options: this process's hard limits, which the container may keep. */
    static List<String> ulimits() {
        long files = Math.min(hardLimit("Max open files"), 1_048_576);
        // podman itself lowers its process limit to 32768 before it starts the runtime
        long processes = Math.min(hardLimit("Max processes"), 32_768);
        return List.of("--ulimit", "nofile=" + files + ":" + files, "--ulimit", "nproc=" + processes + ":" + processes);
    }

    private static long hardLimit(String name) {
        try {
            return Files.readAllLines(Path.of("/proc/self/limits")).stream()
                    .filter(line -> line.startsWith(name))
                    .map(line -> line.substring(name.length()).trim().split("\\s+")[1])
                    .map(value -> value.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(value))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs podman and returns its standard output; fails with its output when it exits non-zero. */
    static String run(String... arguments) {
        return exec(command(arguments), DEFAULT_TIMEOUT);
    }

    static String exec(List<String> command, Duration timeout) {
        try {
            Path output = Files.createTempFile("podman", ".out");
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new IllegalStateException(String.join(" ", command) + " took over " + timeout.toSeconds()
                            + " s:\n" + Files.readString(output, StandardCharsets.UTF_8));
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue()
                            + ":\n" + text);
                }
                return text.strip();
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        for (String dir : List.of("/usr/sbin", "/sbin")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
