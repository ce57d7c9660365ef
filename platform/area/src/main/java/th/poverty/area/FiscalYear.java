package th.poverty.area;

import java.time.LocalDate;
import java.time.Month;

/**
 * The Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist
 * Era year (พ.ศ. = C.E. + 543) in which it ends. E.g. fiscal year 2570 runs 2026-10-01 to 2027-09-30.
 */
public final class FiscalYear {

    /** B.E. = C.E. + 543. */
    public static final int BUDDHIST_ERA_OFFSET = 543;
    /** Below this a "B.E. year" is almost surely a C.E. year passed by mistake (2400 B.E. = 1857). */
    private static final int MIN_BE_YEAR = 2400;

    private FiscalYear() {
    }

    /** The B.E. calendar year of a date. */
    public static int buddhistYear(LocalDate date) {
        return date.getYear() + BUDDHIST_ERA_OFFSET;
    }

    /** The B.E. fiscal year a date falls in: October onwards belongs to the next year's budget. */
    public static int ofDate(LocalDate date) {
        return buddhistYear(date) + (date.getMonthValue() >= Month.OCTOBER.getValue() ? 1 : 0);
    }

    /** First day (1 October, C.E. year before) of the B.E. fiscal year. */
    public static LocalDate start(int beYear) {
        return LocalDate.of(ceYear(beYear) - 1, Month.OCTOBER, 1);
    }

    /** Last day (30 September) of the B.E. fiscal year. */
    public static LocalDate end(int beYear) {
        return LocalDate.of(ceYear(beYear), Month.SEPTEMBER, 30);
    }

    private static int ceYear(int beYear) {
        if (beYear < MIN_BE_YEAR) {
            throw new IllegalArgumentException(
                    "fiscal year must be a Buddhist Era year (C.E. + 543), got " + beYear);
        }
        return beYear - BUDDHIST_ERA_OFFSET;
    }
}
