package th.poverty.household.review;

import java.time.LocalDate;

import th.poverty.area.FiscalYear;
import th.poverty.domain.Thailand;

/** A fiscal year whose review window is open or has been, whatever day the tests run on, and a day in it. */
public final class ReviewDates {

    private ReviewDates() {
    }

    /** The latest fiscal year whose review window (from July of its last months) has opened by today. */
    public static int fiscalYear() {
        LocalDate today = LocalDate.now(Thailand.ZONE);
        return FiscalYear.buddhistYear(today) - (today.getMonthValue() >= 7 ? 0 : 1);
    }

    /** Today, or the last day of that year's window if it closed. */
    public static LocalDate heldOn() {
        LocalDate today = LocalDate.now(Thailand.ZONE);
        LocalDate windowEnd = YearReview.windowEnd(fiscalYear());
        return today.isAfter(windowEnd) ? windowEnd : today;
    }
}
