package th.poverty.plan.compass;

import java.math.BigDecimal;

/** The household's income from one source in a month, THB for the whole household. */
public record IncomeSource(IncomeSourceKind source, BigDecimal monthlyAmountThb) {

    public IncomeSource {
        monthlyAmountThb = Baht.of(monthlyAmountThb);
    }
}
