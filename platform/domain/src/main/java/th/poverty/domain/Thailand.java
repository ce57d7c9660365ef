package th.poverty.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;





/**
 * Dates are the users' dates: Thailand has one time zone. Time is read from a {@link Clock}
 * handed in, never from the system, so a test or a replay can say what day it is.
 */
public final class Thailand {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    private Thailand() {
    }

    /** The clock of a running service: the system's, in Thai time. */
    public static Clock systemClock() {
        return Clock.system(ZONE);
    }

    public static LocalDate today(Clock clock) {
        return dateOf(clock.instant());
    }

    public static YearMonth thisMonth(Clock clock) {
        return YearMonth.from(today(clock));
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
