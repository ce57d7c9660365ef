package th.poverty.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Folds come once per interval, unless they would take more than their share of the time. */
class FoldPacingTest {

    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aQuickFoldIsFollowedAnIntervalAfterItStarted() {
        assertThat(PendingAreaChanges.next(5 * SECOND, 5 * SECOND + SECOND / 2, INTERVAL, 0.1)).isEqualTo(15 * SECOND);
    }

    @Test
    void aSlowFoldPutsTheNextOffSoThatFoldsTakeTheirShareOfTheTime() {
        assertThat(PendingAreaChanges.next(5 * SECOND, 8 * SECOND, INTERVAL, 0.1)).isEqualTo(35 * SECOND);
        assertThat(PendingAreaChanges.next(5 * SECOND, 8 * SECOND, INTERVAL, 0.5)).isEqualTo(15 * SECOND);
    }

    @Test
    void theClockMayWrap() {
        long started = Long.MAX_VALUE - SECOND;
        long next = PendingAreaChanges.next(started, started + 2 * SECOND, INTERVAL, 0.1);
        assertThat(next - started).isEqualTo(20 * SECOND);
    }
}
