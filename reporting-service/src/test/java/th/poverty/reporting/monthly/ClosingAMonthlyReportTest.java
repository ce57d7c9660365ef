package th.poverty.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;
import th.poverty.reporting.monthly.MonthlyReportEvent.MonthlyReportClosed;
import th.poverty.reporting.progress.Counts;
import th.poverty.reporting.progress.Figures;

class ClosingAMonthlyReportTest {

    private static final ReportingMonth JANUARY = new ReportingMonth(2570, 1);
    private static final Figures NONE = Figures.of(Counts.NONE);

    private static MonthlyReport.Close close(String level) {
        return new MonthlyReport.Close("2411", level, JANUARY, NONE, NONE, false);
    }

    private static MonthlyReportClosed closedOn(LocalDate day) {
        return (MonthlyReportClosed) MonthlyReport.close(null, close("DISTRICT"), day).eventsOrThrow().getFirst();
    }

    private static Rejection rejection(Decision<MonthlyReportEvent> decision) {
        return ((Decision.Rejected<MonthlyReportEvent>) decision).rejection();
    }

    @Test
    void aDistrictSubmitsBeforeTheTwentiethAndItsReportCoversUpToThatDay() {
        MonthlyReportClosed closed = closedOn(LocalDate.of(2027, 1, 12));

        assertThat(closed.coveredThrough()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(closed.cutOff()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(closed.deadline()).isEqualTo(Instant.parse("2027-01-20T17:00:00Z"));
        assertThat(closed.year()).isEqualTo(2570);
        assertThat(closed.areaCode()).isEqualTo("2411");
    }

    @Test
    void aReportSubmittedOnOrAfterTheCutOffCoversUpToTheCutOff() {
        assertThat(closedOn(LocalDate.of(2027, 1, 20)).coveredThrough()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(closedOn(LocalDate.of(2027, 2, 2)).coveredThrough()).isEqualTo(LocalDate.of(2027, 1, 20));
    }

    @Test
    void aReportIsNotSubmittedBeforeItsMonthBegins() {
        var rejection = rejection(MonthlyReport.close(null, close("DISTRICT"), LocalDate.of(2026, 12, 20)));
        assertThat(rejection.code()).isEqualTo("month-not-begun");
        assertThat(rejection.kind()).isEqualTo(Rejection.Kind.RULE);
    }

    @Test
    void aClosedReportIsNeverClosedAgain() {
        var closed = MonthlyReport.apply(null,
                MonthlyReport.close(null, close("PROVINCE"), LocalDate.of(2027, 2, 1)).eventsOrThrow().getFirst());

        assertThat(rejection(MonthlyReport.close(closed, close("PROVINCE"), LocalDate.of(2027, 2, 2))).code())
                .isEqualTo("report-closed");
    }

    @Test
    void onlyDistrictsAndProvincesCloseMonthlyReports() {
        for (String level : List.of("TAMBON", "VILLAGE", "COUNTRY")) {
            var rejection = rejection(MonthlyReport.close(null, close(level), LocalDate.of(2027, 2, 1)));
            assertThat(rejection.code()).isEqualTo("not-a-reporting-office");
            assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID);
        }
    }
}
