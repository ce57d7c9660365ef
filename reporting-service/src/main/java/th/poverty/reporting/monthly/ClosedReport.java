package th.poverty.reporting.monthly;

import th.poverty.reporting.monthly.MonthlyReportView.Closure;
import th.poverty.reporting.progress.Figures;

/** A closed report as frozen in {@code monthly_reports}. */
record ClosedReport(Closure closure, Figures figures, Figures change) {
}
