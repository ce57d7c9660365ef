package th.poverty.reporting.monthly;

import java.time.Instant;
import java.time.LocalDate;

import th.poverty.domain.SchemaVersion;
import th.poverty.reporting.progress.Figures;

/** What happens to a monthly report: reporting's own events, published on reporting.monthly-reports. */
public sealed interface MonthlyReportEvent {

    /**
     * An office submitted (closed) its monthly report: from now on its figures are frozen, and
     * what arrives later for the month, or happens after {@code coveredThrough} up to the cut-off,
     * counts in the next month's report. The event's time (ce_time) is the submission's; at or
     * after {@code deadline} the report was late. Version 1 had neither date: it could only be
     * closed from the cut-off on, so it covered up to the cut-off.
     *
     * @param year                      B.E.
     * @param coveredThrough            the last day its figures count: the cut-off, or the day it was
     *                                  submitted if that came before
     * @param deadline                  the end of the cut-off day, Thai time
     * @param figures                   the area's figures at the end of coveredThrough, as they stood when it closed
     * @param changeSincePreviousReport the figures less the previous month's report (as closed, if it was)
     * @param previousReportClosed      whether the previous month's report was closed when this one was
     */
    @SchemaVersion(2)
    record MonthlyReportClosed(String areaCode, String level, int year, int month, LocalDate cutOff,
                               LocalDate coveredThrough, Instant deadline, Figures figures,
                               Figures changeSincePreviousReport, boolean previousReportClosed) implements MonthlyReportEvent {
    }
}
