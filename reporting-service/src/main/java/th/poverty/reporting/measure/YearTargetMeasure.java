package th.poverty.reporting.measure;

/**
 * Households as targets of a fiscal year (B.E.), in the yearly review's terms: new targets of the
 * year (verified in it, or proposed for it by the review before), and targets carried over into
 * it. Counted once a household is a target, whatever became of it since: these are the year's flows.
 */
public final class YearTargetMeasure {

    /** How a household came to be a target of the year. */
    public enum Kind {
        NEW, CARRIED_OVER
    }

    private static final String PREFIX = "YEAR_TARGET|";

    private YearTargetMeasure() {
    }

    public static String key(int fiscalYear, Kind kind) {
        return PREFIX + fiscalYear + "|" + kind.name();
    }
}
