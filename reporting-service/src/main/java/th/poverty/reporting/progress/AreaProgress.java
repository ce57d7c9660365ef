package th.poverty.reporting.progress;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import th.poverty.reporting.rollup.ReportArea;

/**
 * How far an area has come, now or as of a day, and what changed in a fiscal year.
 *
 * @param asOf               the day the figures were taken at the end of; null for now
 * @param changeInFiscalYear the figures less those on the eve of the fiscal year; null without one
 * @param yearCycle          the fiscal year's targets carried over and new, graduated and left; null without one
 */
public record AreaProgress(ReportArea area, LocalDate asOf, Integer fiscalYear, @JsonUnwrapped Figures figures,
                           Figures changeInFiscalYear, YearCycle yearCycle) {

    static AreaProgress of(ReportArea area, ProgressPeriod period, Counts at, Counts before) {
        Figures figures = Figures.of(at);
        if (before == null) {
            return new AreaProgress(area, period.asOf(), period.fiscalYear(), figures, null, null);
        }
        Figures change = figures.minus(Figures.of(before));
        return new AreaProgress(area, period.asOf(), period.fiscalYear(), figures, change,
                YearCycle.of(period.fiscalYear(), at, change));
    }
}
