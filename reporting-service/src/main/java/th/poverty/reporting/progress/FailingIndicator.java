package th.poverty.reporting.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import th.poverty.domain.Dimension;
import th.poverty.reporting.measure.IndicatorMeasure;
import th.poverty.survey.IndicatorSets;

/**
 * A BMN indicator the households of an area fail in their latest survey, and how many of them:
 * which indicators fail where, most failed first.
 *
 * @param code      {@code BMN-<round>-<number>}
 * @param nameTh    the questionnaire's wording; null for a round whose names are not sourced
 * @param dimension the dimension its failure is a problem in; null where no agency answers it
 */
public record FailingIndicator(String code, int round, int number, String nameTh, Dimension dimension, long households) {

    private static final Comparator<FailingIndicator> MOST_FAILED_FIRST =
            Comparator.comparingLong(FailingIndicator::households).reversed().thenComparing(FailingIndicator::round)
                    .thenComparing(FailingIndicator::number);

    static List<FailingIndicator> of(Counts counts) {
        Map<String, Long> households = new HashMap<>();
        counts.values().forEach((measure, value) -> IndicatorMeasure.indicatorCode(measure)
                .filter(code -> value != 0).ifPresent(code -> households.merge(code, value, Long::sum)));
        return listed(households);
    }

    /** What changed between two lists: each indicator's households now less then. */
    static List<FailingIndicator> minus(List<FailingIndicator> now, List<FailingIndicator> earlier) {
        Map<String, Long> change = new HashMap<>();
        now.forEach(i -> change.merge(i.code(), i.households(), Long::sum));
        earlier.forEach(i -> change.merge(i.code(), -i.households(), Long::sum));
        change.values().removeIf(households -> households == 0);
        return listed(change);
    }

    private static List<FailingIndicator> listed(Map<String, Long> households) {
        List<FailingIndicator> listed = new ArrayList<>(households.size());
        households.forEach((code, n) -> IndicatorSets.bmn().byCode(code).ifPresent(i ->
                listed.add(new FailingIndicator(code, i.round(), i.number(), i.nameTh(), i.dimension(), n))));
        listed.sort(MOST_FAILED_FIRST);
        return listed;
    }
}
