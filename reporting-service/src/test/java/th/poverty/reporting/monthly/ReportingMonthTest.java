package th.poverty.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
    void theReportCanBeSubmittedFromTheMonthsFirstDayOnBeforeTheCutOffOrAfterIt() {
        var january = new ReportingMonth(2570, 1);
        assertThat(january.submittableOn(LocalDate.of(2026, 12, 20))).isFalse();
        assertThat(january.submittableOn(LocalDate.of(2026, 12, 21))).isTrue();
        assertThat(january.submittableOn(LocalDate.of(2027, 1, 19))).isTrue();
        assertThat(january.submittableOn(LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    void itIsDueByTheEndOfTheTwentiethThaiTime() {
        assertThat(new ReportingMonth(2570, 1).deadline()).isEqualTo(Instant.parse("2027-01-20T17:00:00Z"));
    }

    @Test
    void aReportTakenBeforeTheCutOffCoversUpToThatDayAndOnOrAfterItUpToTheCutOff() {
        var january = new ReportingMonth(2570, 1);
        assertThat(january.coveredThrough(LocalDate.of(2027, 1, 12))).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(january.coveredThrough(LocalDate.of(2027, 1, 20))).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(january.coveredThrough(LocalDate.of(2027, 2, 3))).isEqualTo(LocalDate.of(2027, 1, 20));
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
