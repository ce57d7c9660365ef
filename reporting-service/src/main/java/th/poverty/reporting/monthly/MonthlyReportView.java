package th.poverty.reporting.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import th.poverty.reporting.progress.Figures;
import th.poverty.reporting.rollup.ReportArea;

/**
 * A monthly report as the API shows it. An open report's figures are live (taken at the cut-off,
 * or today before it); a submitted report's are those it closed with, up to the day it covers.
 *
 * @param deadline                    the end of the cut-off day, Thai time: submitted from then on, a report is late
 * @param state                       where the report stands against its deadline; null for an area that does not
 *                                    report (a tambon, a village, the whole country)
 * @param coveredThrough              the last day the figures count: the cut-off, the day an early report was
 *                                    submitted, or today while an open report's cut-off is still to come
 * @param changeSincePreviousReport   the figures less the previous month's report (as it closed, if it did)
 * @param correctionsToPreviousReport what counts for the previous month but was not in its report as submitted:
 *                                    what happened after an early submission up to its cut-off, and what arrived
 *                                    late (its figures at its cut-off now less those it closed with); already inside
 *                                    changeSincePreviousReport; null while it is open
 * @param laterCorrections            for a submitted report, the same seen from it: counted in the next month's
 *                                    report instead
 * @param offices                     the reporting offices below, each with its own report's state and figures: a
 *                                    province's districts, the country's provinces; empty for a district; null in
 *                                    a fiscal year's list
 */
public record MonthlyReportView(
        ReportArea area,
        int year,
        int month,
        String monthTh,
        LocalDate firstDay,
        LocalDate cutOff,
        String cutOffTh,
        Instant deadline,
        ReportState state,
        LocalDate coveredThrough,
        Closure closure,
        Figures figures,
        Figures changeSincePreviousReport,
        Figures correctionsToPreviousReport,
        Figures laterCorrections,
        List<OfficeReport> offices) {

    /** Who submitted (closed) the report, when, in which role and why, and until when it is kept. */
    public record Closure(String closedBy, String role, Instant closedAt, String closedAtTh, String reason,
                          LocalDate keptUntil) {
    }

    /**
     * One office's report of the month, as its parent's report lists it: submitted, its frozen
     * figures; not, its live ones (and LATE once the deadline has passed).
     */
    public record OfficeReport(ReportArea area, ReportState state, Instant closedAt, String closedAtTh,
                               LocalDate coveredThrough, Figures figures) {
    }
}
