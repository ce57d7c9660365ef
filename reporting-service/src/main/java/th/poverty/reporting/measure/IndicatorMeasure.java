package th.poverty.reporting.measure;

import java.util.Optional;

/**
 * Households in the programme failing a BMN indicator in their latest survey, by the indicator's
 * code ({@code BMN-2565-17}): which indicators fail where, a family of measures of its own.
 */
public final class IndicatorMeasure {

    private static final String FAILING = "FAILING_INDICATOR|";

    private IndicatorMeasure() {
    }

    public static String key(String indicatorCode) {
        return FAILING + indicatorCode;
    }

    /** The indicator's code if the measure is one of this family's. */
    public static Optional<String> indicatorCode(String measure) {
        return measure.startsWith(FAILING) ? Optional.of(measure.substring(FAILING.length())) : Optional.empty();
    }
}
