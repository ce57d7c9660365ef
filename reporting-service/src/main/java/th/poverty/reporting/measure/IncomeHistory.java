package th.poverty.reporting.measure;

import java.time.YearMonth;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A household's income per person per year, in satang, as measured over time. The baseline is
 * the BMN survey's figure at identification or, without one, the first month measured; the
 * latest is the last month measured (a month measured again replaces the earlier figure; the
 * graduation's figure counts for its month unless that month was measured). The uplift is known
 * once there is a baseline and a later measurement.
 */
final class IncomeHistory {

    record Uplift(long baselineSatang, long latestSatang) {
    }

    private Long surveyBaseline;
    private final TreeMap<YearMonth, Long> recorded = new TreeMap<>();
    private final TreeMap<YearMonth, Long> atGraduation = new TreeMap<>();

    void baseline(long satang) {
        surveyBaseline = satang;
    }

    void recorded(YearMonth month, long satang) {
        recorded.put(month, satang);
    }

    void graduated(YearMonth month, long satang) {
        atGraduation.put(month, satang);
    }

    Optional<Uplift> uplift() {
        TreeMap<YearMonth, Long> measured = new TreeMap<>(atGraduation);
        measured.putAll(recorded);
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        if (surveyBaseline != null) {
            return Optional.of(new Uplift(surveyBaseline, measured.lastEntry().getValue()));
        }
        if (measured.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Uplift(measured.firstEntry().getValue(), measured.lastEntry().getValue()));
    }
}
