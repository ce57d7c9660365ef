package th.poverty.team;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates are the users' dates: Thailand has one time zone. */
public final class Thailand {

    public static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    private Thailand() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
