package th.poverty.reporting.progress;

import java.time.LocalDate;

import th.poverty.area.FiscalYear;

/**
 * Which numbers a progress request asks for: now, or as of the end of a day, and optionally
 * what changed in a fiscal year (ปีงบประมาณ, October to September, named by its B.E. year).
 *
 * @param asOf       the day the numbers are taken at; null for now
 * @param fiscalYear the B.E. fiscal year whose change is shown, or null
 * @param before     the last day before the fiscal year, whose numbers the change is counted from
 */
public record ProgressPeriod(LocalDate asOf, Integer fiscalYear, LocalDate before) {

    public static final ProgressPeriod NOW = new ProgressPeriod(null, null, null);

    /**
     * @param asOf       asked as-of day, or null
     * @param fiscalYear asked fiscal year, or null: without an as-of day its numbers are taken at
     *                   its end, or today while it runs
     * @throws IllegalArgumentException naming the parameter that is wrong
     */
    public static ProgressPeriod of(LocalDate asOf, Integer fiscalYear, LocalDate today) {
        if (fiscalYear == null) {
            return asOf == null ? NOW : new ProgressPeriod(asOf, null, null);
        }
        LocalDate start;
        LocalDate end;
        try {
            start = FiscalYear.start(fiscalYear);
            end = FiscalYear.end(fiscalYear);
        } catch (IllegalArgumentException e) {
            throw new InvalidPeriod("fiscalYear", e.getMessage());
        }
        LocalDate at = asOf != null ? asOf : (end.isBefore(today) ? end : today);
        if (at.isBefore(start) || at.isAfter(end)) {
            throw new InvalidPeriod("asOf", "asOf " + at + " is outside fiscal year " + fiscalYear + " (" + start + " to " + end + ")");
        }
        return new ProgressPeriod(at, fiscalYear, start.minusDays(1));
    }

    /** A period asked for that cannot be: names the parameter. */
    public static final class InvalidPeriod extends IllegalArgumentException {

        private final String parameter;

        InvalidPeriod(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
