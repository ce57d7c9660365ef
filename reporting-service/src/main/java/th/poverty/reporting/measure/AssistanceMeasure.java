package th.poverty.reporting.measure;

import java.util.Optional;

/**
 * What partner agencies delivered, per agency and kind: deliveries, households helped and the
 * value in satang. The key ends with the agency, the only part that may be free text: a registry
 * code now, a name in events from before plan-service kept a registry.
 */
public final class AssistanceMeasure {

    public enum Metric {
        DELIVERIES, HOUSEHOLDS, SATANG
    }

    /** One counter of the family, read back from its key. */
    public record Key(Metric metric, String kind, String agency) {
    }

    private static final String PREFIX = "ASSISTANCE_";

    private AssistanceMeasure() {
    }

    public static String key(Metric metric, String kind, String agency) {
        return PREFIX + metric.name() + "|" + kind + "|" + agency;
    }

    public static Optional<Key> parse(String measure) {
        if (!measure.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = measure.substring(PREFIX.length()).split("\\|", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Key(Metric.valueOf(parts[0]), parts[1], parts[2]));
        } catch (IllegalArgumentException newerMetric) {
            return Optional.empty();
        }
    }
}
