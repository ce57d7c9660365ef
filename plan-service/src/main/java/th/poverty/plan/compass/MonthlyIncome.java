package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * The household's income measured for one month, for the whole household and per person, THB.
 * The annualised figure (per person per year) is what the poverty line of the BMN survey and
 * the graduation rule compare with.
 */
public record MonthlyIncome(
        YearMonth month,
        int householdMembers,
        BigDecimal monthlyIncomeThb,
        BigDecimal monthlyIncomePerPersonThb,
        BigDecimal annualisedIncomePerPersonThb) {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    static MonthlyIncome measure(YearMonth month, int householdMembers, List<IncomeSource> sources) {
        BigDecimal total = Baht.of(sources.stream().map(IncomeSource::monthlyAmountThb).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal members = BigDecimal.valueOf(householdMembers);
        return new MonthlyIncome(month, householdMembers, total,
                total.divide(members, 2, RoundingMode.HALF_UP),
                total.multiply(MONTHS).divide(members, 2, RoundingMode.HALF_UP));
    }
}
