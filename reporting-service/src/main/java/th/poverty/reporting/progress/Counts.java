package th.poverty.reporting.progress;

import java.util.Map;

import th.poverty.reporting.measure.Measure;

/** The measures of one area, by key; a measure never counted is zero. */
public record Counts(Map<String, Long> values) {

    public static final Counts NONE = new Counts(Map.of());

    public Counts {
        values = Map.copyOf(values);
    }

    public long of(Measure measure) {
        return of(measure.name());
    }

    public long of(String measure) {
        return values.getOrDefault(measure, 0L);
    }
}
