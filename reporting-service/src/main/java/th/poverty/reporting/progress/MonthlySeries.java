package th.poverty.reporting.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import th.poverty.reporting.rollup.ReportArea;

/**
 * An area's progress at the end of each month of a range, for time series: the same figures as
 * the area's progress as of each month's last day (Thai time); the current month's as of today.
 *
 * @param from the first month (ISO, e.g. 2026-10)
 * @param to   the last month
 */
public record MonthlySeries(ReportArea area, YearMonth from, YearMonth to, List<Month> months) {

    /** The most months one request may ask for. */
    public static final int MAX_MONTHS = 36;

    /** A month's figures at its end. */
    public record Month(YearMonth month, LocalDate asOf, @JsonUnwrapped Figures figures) {
    }

    /**
     * @param now   the area's totals now
     * @param after each month's changes (by the month they fell in) after the end of {@code from}
     * @param today the current day in Thailand: the last month ends there
     */
    static MonthlySeries of(ReportArea area, YearMonth from, YearMonth to, Counts now,
                            Map<YearMonth, Map<String, Long>> after, LocalDate today) {
        Map<String, Long> values = new HashMap<>(now.values());
        // back from now: subtract every month after the last one asked for, then month by month
        after.forEach((month, changes) -> {
            if (month.isAfter(to)) {
                changes.forEach((measure, delta) -> values.merge(measure, -delta, Long::sum));
            }
        });
        List<Month> months = new ArrayList<>();
        for (YearMonth month = to; !month.isBefore(from); month = month.minusMonths(1)) {
            LocalDate end = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
            months.add(new Month(month, end, Figures.of(new Counts(values))));
            Map<String, Long> changes = after.getOrDefault(month, Map.of());
            changes.forEach((measure, delta) -> values.merge(measure, -delta, Long::sum));
        }
        return new MonthlySeries(area, from, to, months.reversed());
    }
}
