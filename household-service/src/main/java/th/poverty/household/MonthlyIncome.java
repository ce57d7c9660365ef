package th.poverty.household;

import java.time.YearMonth;

/** One month's measured income per person, annualised (THB per person per year), with its fiscal year (B.E.). */
public record MonthlyIncome(YearMonth month, int fiscalYear, int annualIncomePerPerson) {
}
