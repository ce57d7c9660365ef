package th.poverty.testing;

import java.util.Arrays;
import java.util.OptionalDouble;

/**
 * Reads a sample from a service's {@code /q/metrics} (Prometheus' text exposition). A traced
 * service follows a counter's value with an exemplar ({@code # {trace_id="…"} 1.0}), so a sample
 * is the second field of its line, not the last.
 */
public final class Metrics {

    private Metrics() {
    }

    /** The first sample of {@code name} whose labels include each of {@code labels} ({@code consumer="x"}), if any. */
    public static OptionalDouble sample(String exposition, String name, String... labels) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                int end = line.indexOf('}');
                String labelSet = end < 0 ? "" : line.substring(name.length(), end + 1);
                if (Arrays.stream(labels).allMatch(labelSet::contains)) {
                    String[] fields = line.substring(end < 0 ? name.length() : end + 1).trim().split(" ");
                    return OptionalDouble.of(Double.parseDouble(fields[0]));
                }
            }
        }
        return OptionalDouble.empty();
    }
}
