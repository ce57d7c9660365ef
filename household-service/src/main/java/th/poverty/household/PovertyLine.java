package th.poverty.household;

import java.util.HashMap;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The income threshold per person per year that marks poverty, set per survey year (B.E.):
 * {@code household.poverty-line.years."2568"=38000}; a year without its own uses the default.
 */
@ConfigMapping(prefix = "household.poverty-line")
public interface PovertyLine {

    /** THB per person per year. */
    @WithDefault("38000")
    int defaultThreshold();

    Map<String, Integer> years();

    default int thresholdFor(int buddhistYear) {
        return years().getOrDefault(Integer.toString(buddhistYear), defaultThreshold());
    }

    /** The configured years' thresholds, by B.E. year. */
    default Map<Integer, Integer> byYear() {
        Map<Integer, Integer> thresholds = new HashMap<>();
        years().forEach((year, threshold) -> thresholds.put(Integer.parseInt(year), threshold));
        return thresholds;
    }
}
