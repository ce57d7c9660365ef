package th.poverty.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import th.poverty.domain.Thailand;

/** January 2570's report, due by the end of 20 January 2027, Thai time. */
class ReportStateTest {

    private static final Instant DEADLINE = new ReportingMonth(2570, 1).deadline();

    private static Instant bangkok(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2027, month, day, hour, minute).atZone(Thailand.ZONE).toInstant();
    }

    @Test
    void anUnsubmittedReportIsOpenUntilTheEndOfTheTwentiethAndLateFromMidnight() {
        assertThat(ReportState.of(DEADLINE, null, bangkok(1, 20, 23, 59))).isEqualTo(ReportState.OPEN);
        assertThat(ReportState.of(DEADLINE, null, bangkok(1, 21, 0, 0))).isEqualTo(ReportState.LATE);
    }

    @Test
    void aReportSubmittedEarlyOrOnTheTwentiethIsOnTimeForever() {
        assertThat(ReportState.of(DEADLINE, bangkok(1, 9, 10, 0), bangkok(6, 1, 0, 0))).isEqualTo(ReportState.SUBMITTED);
        assertThat(ReportState.of(DEADLINE, bangkok(1, 20, 23, 59), bangkok(6, 1, 0, 0))).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void aReportSubmittedAfterTheTwentiethWasSubmittedLate() {
        assertThat(ReportState.of(DEADLINE, bangkok(1, 21, 0, 0), bangkok(1, 21, 0, 1))).isEqualTo(ReportState.SUBMITTED_LATE);
    }
}
