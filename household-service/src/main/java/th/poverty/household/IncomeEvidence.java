package th.poverty.household;

import java.util.List;
import java.util.Map;

/** What a graduation rests on: incomes plan-service measured month by month, or one measured at graduation. */
public sealed interface IncomeEvidence {

    /** The income used for the graduation event: the latest measured. */
    int annualIncomePerPerson();

    /** The threshold that income had to clear. */
    int threshold();

    boolean clearsThreshold();

    /** Measured once, at graduation (no monthly measurements exist). */
    record Measured(int annualIncomePerPerson, int threshold) implements IncomeEvidence {
        @Override
        public boolean clearsThreshold() {
            return GraduationRule.incomeClearsThreshold(annualIncomePerPerson, threshold);
        }
    }

    /**
     * Measured monthly by plan-service, latest first, with each fiscal year's threshold (B.E. → THB).
     * {@code months}: how many consecutive months above the threshold make it hold.
     */
    record Recorded(List<MonthlyIncome> latestFirst, Map<Integer, Integer> thresholds, int defaultThreshold, int months)
            implements IncomeEvidence {

        @Override
        public int annualIncomePerPerson() {
            return latestFirst.getFirst().annualIncomePerPerson();
        }

        @Override
        public int threshold() {
            return thresholdOf(latestFirst.getFirst().fiscalYear());
        }

        @Override
        public boolean clearsThreshold() {
            return GraduationRule.sustained(latestFirst, this::thresholdOf, months);
        }

        private int thresholdOf(int fiscalYear) {
            return thresholds.getOrDefault(fiscalYear, defaultThreshold);
        }
    }
}
