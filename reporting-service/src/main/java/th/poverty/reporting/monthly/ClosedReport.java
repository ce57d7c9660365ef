package th.poverty.reporting.monthly;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import th.poverty.reporting.monthly.MonthlyReportView.Closure;
import th.poverty.reporting.progress.Figures;

/**
 * A closed report as frozen in {@code monthly_reports}, with the day its figures run to and the
 * deadline it was due by.
 */
record ClosedReport(Closure closure, LocalDate coveredThrough, Instant deadline, Figures figures, Figures change) {

    /**
     * How long a closed report is kept: ten years, as the government's records rule keeps official
     * documents (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ: not less than ten years), counted at their
     * longest (three leap days). The one statement of it: reporting.monthly-reports keeps its
     * messages as long (deploy/kubernetes/base/kafka/topics.yaml, ReportRetentionTest), and the
     * service deletes no closed report.
     */
    static final Duration RETENTION = Duration.ofDays(10 * 365 + 3);

    ReportState state(Instant now) {
        return ReportState.of(deadline, closure.closedAt(), now);
    }
}
