package th.poverty.household;

/**
 * A household leaves poverty when its income per person per year rises above the survey year's
 * threshold (38,000 THB in recent rounds). Only a classified household can graduate: one that
 * was never assessed has no plan to have succeeded by.
 */
public final class GraduationRule {

    private GraduationRule() {
    }

    public static boolean incomeClearsThreshold(int annualIncomePerPerson, int threshold) {
        return annualIncomePerPerson > threshold;
    }
}
