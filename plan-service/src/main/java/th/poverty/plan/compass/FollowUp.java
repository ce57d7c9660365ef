package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What has happened under the plan (steps 3 and 4): the latest progress of each activity, the
 * months whose income was measured and the latest of them, and the help partner agencies delivered.
 */
public record FollowUp(
        Map<String, ActivityProgress> progress,
        List<YearMonth> incomeMonths,
        MonthlyIncome latestIncome,
        int assistanceDeliveries,
        BigDecimal assistanceTotalThb) {

    static final FollowUp NONE = new FollowUp(Map.of(), List.of(), null, 0, Baht.of(BigDecimal.ZERO));

    public FollowUp {
        progress = Map.copyOf(progress);
        incomeMonths = List.copyOf(incomeMonths);
        assistanceTotalThb = Baht.of(assistanceTotalThb);
    }

    FollowUp progressed(String activityId, ActivityProgress latest) {
        var next = new HashMap<>(progress);
        next.put(activityId, latest);
        return new FollowUp(next, incomeMonths, latestIncome, assistanceDeliveries, assistanceTotalThb);
    }

    /** A month measured again replaces its earlier measurement; the latest income is the latest month's. */
    FollowUp measured(MonthlyIncome income) {
        List<YearMonth> months = new ArrayList<>(incomeMonths);
        if (!months.contains(income.month())) {
            months.add(income.month());
            months.sort(null);
        }
        boolean latest = latestIncome == null || !income.month().isBefore(latestIncome.month());
        return new FollowUp(progress, months, latest ? income : latestIncome, assistanceDeliveries, assistanceTotalThb);
    }

    FollowUp assisted(BigDecimal amountThb) {
        return new FollowUp(progress, incomeMonths, latestIncome, assistanceDeliveries + 1, assistanceTotalThb.add(amountThb));
    }

    boolean measuredIn(YearMonth month) {
        return incomeMonths.contains(month);
    }
}
