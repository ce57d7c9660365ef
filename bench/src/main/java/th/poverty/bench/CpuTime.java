package th.poverty.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * CPU time that processes used, from {@code /proc}: unlike elapsed time, it does not grow when
 * other work shares the machine, so runs on a busy machine can still be compared.
 */
final class CpuTime {

    /** Linux reports process times in clock ticks of 1/100 s. */
    private static final long TICK_NANOS = 10_000_000L;

    private CpuTime() {
    }

    /** User and system time of one process so far. */
    static Duration ofProcess(long pid) {
        return times(statOf(pid)).own();
    }

    /** CPU time of this process's children that have ended and been waited for. */
    static Duration ofEndedChildren() {
        return times(Path.of("/proc/self/stat")).endedChildren();
    }

    /**
     * CPU time of one JVM's JIT compiler threads so far (HotSpot names them "C1 CompilerThread"
     * and "C2 CompilerThread"; the kernel keeps their first 15 characters).
     */
    static Duration ofJitCompiler(long pid) {
        try (var tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return tasks.filter(task -> {
                String name = read(task.resolve("comm"));
                return name != null && (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler"));
            }).map(task -> times(task.resolve("stat")).own()).reduce(Duration.ZERO, Duration::plus);
        } catch (IOException gone) {
            return Duration.ZERO;
        }
    }

    /**
     * The PostgreSQL server listening on {@code port}: its postmaster with the processes it ran
     * that have ended (their time is added to it), and the processes it runs now.
     */
    static Duration ofPostgres(int port) {
        long postmaster = pids().filter(pid -> isPostmaster(pid, port)).findFirst().orElse(-1L);
        if (postmaster < 0) {
            return Duration.ZERO;
        }
        return pids().filter(pid -> parentOf(pid) == postmaster)
                .map(CpuTime::ofProcess)
                .reduce(times(statOf(postmaster)).all(), Duration::plus);
    }

    /** A process's or thread's own time (utime + stime) and its waited-for children's (cutime + cstime). */
    private record Times(Duration own, Duration endedChildren) {

        Duration all() {
            return own.plus(endedChildren);
        }
    }

    private static Path statOf(long pid) {
        return Path.of("/proc", Long.toString(pid), "stat");
    }

    /** Fields 14 to 17 of a stat file, read once; nothing for a process that has ended. */
    private static Times times(Path statFile) {
        String stat = read(statFile);
        if (stat == null) {
            return new Times(Duration.ZERO, Duration.ZERO);
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new Times(Duration.ofNanos((Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * TICK_NANOS),
                Duration.ofNanos((Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * TICK_NANOS));
    }

    private static boolean isPostmaster(long pid, int port) {
        String commandLine = read(Path.of("/proc", Long.toString(pid), "cmdline"));
        return commandLine != null && commandLine.contains("bin/postgres\0")
                && commandLine.contains("\0-p\0" + port + "\0");
    }

    private static long parentOf(long pid) {
        String stat = read(statOf(pid));
        return stat == null ? -1 : Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
    }

    private static Stream<Long> pids() {
        try (var entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException gone) {
            return null;
        }
    }
}
