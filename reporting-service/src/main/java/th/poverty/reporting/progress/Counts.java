package th.poverty.reporting.progress;

import java.util.Map;

/** The households counted in one area, by measure; a measure never counted is zero. */
public record Counts(Map<Measure, Long> households) {

    static final Counts NONE = new Counts(Map.of());

    public Counts {
        households = Map.copyOf(households);
    }

    public long of(Measure measure) {
        return households.getOrDefault(measure, 0L);
    }
}
