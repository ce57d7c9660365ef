package th.poverty.reporting.monthly;

import java.time.LocalDate;

import th.poverty.reporting.progress.Figures;

/** What happens to a monthly report: reporting's own events, published on reporting.monthly-reports. */
public sealed interface MonthlyReportEvent {

    /**
     * An office closed its monthly report: from now on its figures are frozen, and what arrives
     * later for the month shows as a correction in the next month's report.
     *
     * @param year                      B.E.
     * @param figures                   the area's figures at the cut-off, as they stood when it closed
     * @param changeSincePreviousReport the figures less the previous month's report (as closed, if it was)
     * @param previousReportClosed      whether the previous month's report was closed when this one was
     */
    record MonthlyReportClosed(String areaCode, String level, int year, int month, LocalDate cutOff, Figures figures,
                               Figures changeSincePreviousReport, boolean previousReportClosed) implements MonthlyReportEvent {
    }
}
