package th.poverty.reporting.monthly;

import java.time.Instant;
import java.time.LocalDate;

import th.poverty.reporting.progress.Figures;
import th.poverty.reporting.rollup.ReportArea;

/**
 * A monthly report as the API shows it. An open report's figures are live (taken at the cut-off,
 * or today before it); a closed report's are those it closed with.
 *
 * @param changeSincePreviousReport   the figures less the previous month's report (as it closed, if it did)
 * @param correctionsToPreviousReport what arrived for the previous month after it closed (its figures
 *                                    now less those it closed with); null while it is open
 * @param laterCorrections            for a closed report, what arrived for its month after it closed:
 *                                    counted in the next month's report instead
 */
public record MonthlyReportView(
        ReportArea area,
        int year,
        int month,
        String monthTh,
        LocalDate firstDay,
        LocalDate cutOff,
        String cutOffTh,
        Status status,
        Closure closure,
        Figures figures,
        Figures changeSincePreviousReport,
        Figures correctionsToPreviousReport,
        Figures laterCorrections) {

    public enum Status {
        OPEN, CLOSED
    }

    /** Who closed the report, when, in which role and why. */
    public record Closure(String closedBy, String role, Instant closedAt, String closedAtTh, String reason) {
    }
}
