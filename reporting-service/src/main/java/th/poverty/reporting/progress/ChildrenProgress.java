package th.poverty.reporting.progress;

import java.time.LocalDate;
import java.util.List;

import th.poverty.reporting.rollup.ReportArea;

/** An area's children with their progress, by code: the next level of a drill-down. */
public record ChildrenProgress(ReportArea area, LocalDate asOf, Integer fiscalYear, List<AreaProgress> children) {
}
