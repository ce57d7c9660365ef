package th.poverty.household.income;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * household-service's reading of plan-service's {@code IncomeRecorded}: the fields the graduation
 * rule needs, all required.
 */
public record IncomeRecorded(String householdId, YearMonth month, int fiscalYear, BigDecimal annualisedIncomePerPersonThb) {
}
