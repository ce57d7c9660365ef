package th.poverty.household;

import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * A household leaves poverty when its income per person per year rises above the threshold of
 * the year (38,000 THB in recent rounds) and holds there: where plan-service measures incomes
 * monthly, the latest {@code months} consecutive months must all clear their fiscal year's
 * threshold; without measurements, the income measured at graduation must. Only a classified
 * household can graduate: one never assessed has no plan to have succeeded by.
 */
public final class GraduationRule {

    private GraduationRule() {
    }

    public static boolean incomeClearsThreshold(int annualIncomePerPerson, int threshold) {
        return annualIncomePerPerson > threshold;
    }

    /**
     * @param latestFirst measured months, latest first
     * @param threshold   the threshold of a fiscal year (B.E.)
     */
    public static boolean sustained(List<MonthlyIncome> latestFirst, IntUnaryOperator threshold, int months) {
        if (latestFirst.size() < months) {
            return false;
        }
        for (int i = 0; i < months; i++) {
            MonthlyIncome income = latestFirst.get(i);
            if (i > 0 && !latestFirst.get(i - 1).month().minusMonths(1).equals(income.month())) {
                return false; // a gap in the measurements breaks the run
            }
            if (!incomeClearsThreshold(income.annualIncomePerPerson(), threshold.applyAsInt(income.fiscalYear()))) {
                return false;
            }
        }
        return true;
    }
}
