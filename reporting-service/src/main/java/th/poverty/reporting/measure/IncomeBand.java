package th.poverty.reporting.measure;

import java.util.Optional;

/**
 * Households counted by income per person per year in bands of {@value #WIDTH_THB} THB, per area,
 * so a median is read from a few hundred counters whatever the number of households.
 */
public final class IncomeBand {

    public static final int WIDTH_THB = 1_000;
    private static final long WIDTH_SATANG = WIDTH_THB * 100L;

    public enum Series {
        BASELINE, LATEST
    }

    private IncomeBand() {
    }

    public static String key(Series series, long satang) {
        return prefix(series) + Math.floorDiv(satang, WIDTH_SATANG);
    }

    /** The band number (its lower bound in thousands of THB) if the measure is a band of the series. */
    public static Optional<Integer> band(Series series, String measure) {
        String prefix = prefix(series);
        return measure.startsWith(prefix) ? Optional.of(Integer.parseInt(measure.substring(prefix.length()))) : Optional.empty();
    }

    private static String prefix(Series series) {
        return "INCOME_" + series.name() + "_BAND:";
    }
}
