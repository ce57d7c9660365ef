package th.poverty.reporting.monthly;

import java.time.Instant;
import java.time.LocalDate;

import th.poverty.area.FiscalYear;
import th.poverty.area.ThaiDates;
import th.poverty.domain.Thailand;

/**
 * A month of the monthly report to the Ministry of Interior, named by its B.E. year and month.
 * Districts and provinces report by the 20th: the month's cut-off is the end of its 20th day
 * (Thai time), and what happened after the previous cut-off up to it counts for the month. The
 * cut-off is also the deadline: an office may submit earlier, and one not in by then is late.
 */
public record ReportingMonth(int year, int month) implements Comparable<ReportingMonth> {

    public static final int CUT_OFF_DAY = 20;

    public ReportingMonth {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1 to 12, got " + month);
        }
        FiscalYear.start(year); // refuses a C.E. year given for a B.E. one
    }

    /** The month whose report a day counts in: up to the 20th, its own month; after, the next. */
    public static ReportingMonth containing(LocalDate day) {
        LocalDate month = day.getDayOfMonth() <= CUT_OFF_DAY ? day : day.plusMonths(1);
        return new ReportingMonth(FiscalYear.buddhistYear(month), month.getMonthValue());
    }

    /** The last day that counts for this month. */
    public LocalDate cutOff() {
        return LocalDate.of(year - FiscalYear.BUDDHIST_ERA_OFFSET, month, CUT_OFF_DAY);
    }

    /** The first day that counts for this month: the day after the previous cut-off. */
    public LocalDate firstDay() {
        return previous().cutOff().plusDays(1);
    }

    public ReportingMonth previous() {
        return containing(cutOff().minusMonths(1));
    }

    /** The report is due by the end of the cut-off day, Thai time: submitted from this instant on, it is late. */
    public Instant deadline() {
        return cutOff().plusDays(1).atStartOfDay(Thailand.ZONE).toInstant();
    }

    /** An office may submit its report any day from the month's first day on: before the cut-off, on it or after. */
    public boolean submittableOn(LocalDate today) {
        return !today.isBefore(firstDay());
    }

    /**
     * The last day a report taken on {@code day} counts: that day while it comes before the
     * cut-off (a report submitted early stops there), else the cut-off.
     */
    public LocalDate coveredThrough(LocalDate day) {
        return day.isBefore(cutOff()) ? day : cutOff();
    }

    public int fiscalYear() {
        return FiscalYear.ofDate(cutOff());
    }

    /** e.g. "มกราคม 2570". */
    public String labelTh() {
        return ThaiDates.month(month) + " " + year;
    }

    /** e.g. "2570-01", for file names and stream ids. */
    @Override
    public String toString() {
        return "%d-%02d".formatted(year, month);
    }

    @Override
    public int compareTo(ReportingMonth other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
    }
}
