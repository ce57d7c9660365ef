package th.poverty.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportingMonthTest {

    @Test
    void whatHappensUpToTheTwentiethCountsForItsMonthAndAfterItForTheNext() {
        assertThat(ReportingMonth.containing(LocalDate.of(2027, 1, 20))).isEqualTo(new ReportingMonth(2570, 1));
        assertThat(ReportingMonth.containing(LocalDate.of(2027, 1, 21))).isEqualTo(new ReportingMonth(2570, 2));
        assertThat(ReportingMonth.containing(LocalDate.of(2026, 12, 25))).isEqualTo(new ReportingMonth(2570, 1));
    }

    @Test
    void aMonthRunsFromTheDayAfterThePreviousCutOffToItsOwn() {
        var january = new ReportingMonth(2570, 1);
        assertThat(january.cutOff()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(january.firstDay()).isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(january.previous()).isEqualTo(new ReportingMonth(2569, 12));
        assertThat(january.labelTh()).isEqualTo("มกราคม 2570");
        assertThat(january).hasToString("2570-01");
    }

    @Test
    void theReportCanBeClosedFromItsCutOffDayOn() {
        var january = new ReportingMonth(2570, 1);
        assertThat(january.closableOn(LocalDate.of(2027, 1, 19))).isFalse();
        assertThat(january.closableOn(LocalDate.of(2027, 1, 20))).isTrue();
        assertThat(january.closableOn(LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    void octoberToSeptemberMakeTheFiscalYearNamedByItsBuddhistEraEnd() {
        assertThat(new ReportingMonth(2569, 10).fiscalYear()).isEqualTo(2570);
        assertThat(new ReportingMonth(2570, 9).fiscalYear()).isEqualTo(2570);
    }

    @Test
    void aChristianEraYearOrAThirteenthMonthIsRefused() {
        assertThatThrownBy(() -> new ReportingMonth(2027, 1)).hasMessageContaining("Buddhist Era");
        assertThatThrownBy(() -> new ReportingMonth(2570, 13)).hasMessageContaining("month");
    }
}
