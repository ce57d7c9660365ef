package th.poverty.reporting.monthly;

import java.time.LocalDate;
import java.util.Set;

import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;
import th.poverty.reporting.monthly.MonthlyReportEvent.MonthlyReportClosed;
import th.poverty.reporting.progress.Figures;

/**
 * One area's report for one month (step 5: districts and provinces report to the Ministry of
 * Interior by the 20th). It is open until its office submits (closes) it, any day from the
 * month's first day on: before the 20th its figures run to the day it was submitted, from the
 * 20th on to the cut-off. A closed report never changes; whether it was late is read from when it
 * was submitted ({@link ReportState}).
 */
public final class MonthlyReport {

    /** The offices that report monthly: district (ศจพ.อ.) and province (ศจพ.จ.). */
    public static final Set<String> REPORTING_LEVELS = Set.of("DISTRICT", "PROVINCE");

    private MonthlyReport() {
    }

    /**
     * What closing asks for: the figures at the end of the day the report covers through
     * ({@link ReportingMonth#coveredThrough}, for the day it is submitted) and the change since
     * the previous report.
     */
    public record Close(String areaCode, String level, ReportingMonth month, Figures figures, Figures change,
                        boolean previousReportClosed) {
    }

    public static Decision<MonthlyReportEvent> close(MonthlyReport existing, Close command, LocalDate today) {
        if (!REPORTING_LEVELS.contains(command.level())) {
            return Decision.reject(Rejection.invalid("code", "not-a-reporting-office",
                    "Only districts and provinces close monthly reports, not a " + command.level().toLowerCase()));
        }
        if (existing != null) {
            return Decision.reject(Rejection.rule("report-closed", "The report of " + command.areaCode() + " for "
                    + command.month().labelTh() + " is already closed; later events go to the next month's report"));
        }
        ReportingMonth month = command.month();
        if (!month.submittableOn(today)) {
            return Decision.reject(Rejection.rule("month-not-begun", "The report for " + month.labelTh()
                    + " counts from " + month.firstDay() + " and can be submitted from that day on"));
        }
        return Decision.accept(new MonthlyReportClosed(command.areaCode(), command.level(), month.year(), month.month(),
                month.cutOff(), month.coveredThrough(today), month.deadline(), command.figures(), command.change(),
                command.previousReportClosed()));
    }

    /** The report after one more event of its stream. */
    public static MonthlyReport apply(MonthlyReport report, MonthlyReportEvent event) {
        return switch (event) {
            case MonthlyReportClosed closed -> new MonthlyReport();
        };
    }

    /** The report's stream: one per area and month. */
    public static String streamId(String areaCode, ReportingMonth month) {
        return "monthly-report:" + areaCode + ":" + month;
    }
}
