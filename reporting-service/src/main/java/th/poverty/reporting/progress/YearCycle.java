package th.poverty.reporting.progress;

import th.poverty.reporting.measure.YearTargetMeasure;
import th.poverty.reporting.measure.YearTargetMeasure.Kind;

/**
 * A fiscal year in the terms of the village's yearly review: the targets carried over into it,
 * the new ones (verified in it, or proposed for it by the review before), and those that left
 * poverty or left the programme in it.
 */
public record YearCycle(int fiscalYear, long carriedOver, long newTargets, long graduated, long left) {

    /**
     * @param atEnd  the area's counts at the year's end (or now, while it runs)
     * @param change what changed in the year
     */
    static YearCycle of(int fiscalYear, Counts atEnd, Figures change) {
        return new YearCycle(fiscalYear, atEnd.of(YearTargetMeasure.key(fiscalYear, Kind.CARRIED_OVER)),
                atEnd.of(YearTargetMeasure.key(fiscalYear, Kind.NEW)), change.graduated(), change.closed());
    }
}
