package th.poverty.household.income;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.household.MonthlyIncome;

/** The monthly incomes plan-service measures, kept for the graduation rule. */
@ApplicationScoped
public class HouseholdIncomes {

    public Uni<Void> record(SqlConnection tx, IncomeRecorded income) {
        return tx.preparedQuery("""
                        insert into household_incomes (household_id, month, fiscal_year, annualised_income_per_person)
                        values ($1, $2, $3, $4)
                        on conflict (household_id, month) do update
                        set fiscal_year = excluded.fiscal_year,
                            annualised_income_per_person = excluded.annualised_income_per_person,
                            recorded_at = now()""")
                .execute(Tuple.of(income.householdId(), income.month().atDay(1), income.fiscalYear(),
                        income.annualisedIncomePerPersonThb()))
                .replaceWithVoid();
    }

    /** The household's measured incomes, latest month first. */
    public Uni<List<MonthlyIncome>> of(SqlClient client, String householdId) {
        return client.preparedQuery("""
                        select month, fiscal_year, annualised_income_per_person from household_incomes
                        where household_id = $1 order by month desc limit 120""")
                .execute(Tuple.of(householdId))
                .map(rows -> {
                    List<MonthlyIncome> incomes = new ArrayList<>();
                    rows.forEach(r -> incomes.add(new MonthlyIncome(YearMonth.from(r.getLocalDate(0)), r.getInteger(1),
                            r.getBigDecimal(2).intValue())));
                    return incomes;
                });
    }
}
