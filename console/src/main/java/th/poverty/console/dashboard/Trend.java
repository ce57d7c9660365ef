package th.poverty.console.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import th.poverty.area.FiscalYear;
import th.poverty.area.ThaiDates;
import th.poverty.console.api.ReportingApi.Progress;

/** An area's figures at the end of each of the last months, the current one as of today. */
public record Trend(List<Point> months) {

    static final int MONTHS = 12;

    /** One month's figures, as of its last day. */
    public record Point(LocalDate asOf, String label, long identified, long withPlan, long withCarer, long graduated,
                       BigDecimal meanUplift) {

        static Point of(LocalDate asOf, Progress progress, Locale locale) {
            String month = "en".equals(locale.getLanguage())
                    ? asOf.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : ThaiDates.shortMonth(asOf.getMonthValue());
            return new Point(asOf, month + " " + FiscalYear.buddhistYear(asOf), progress.identified().total(), progress.withPlan(), progress.withCarer(),
                    progress.graduated(), progress.income() == null ? null : progress.income().meanUplift());
        }
    }

    /** The days the trend is read at: the last day of each of the months before, then today. */
    static List<LocalDate> days(LocalDate today) {
        List<LocalDate> days = new ArrayList<>();
        YearMonth month = YearMonth.from(today).minusMonths(MONTHS - 1L);
        for (int i = 0; i < MONTHS - 1; i++, month = month.plusMonths(1)) {
            days.add(month.atEndOfMonth());
        }
        days.add(today);
        return days;
    }
}
