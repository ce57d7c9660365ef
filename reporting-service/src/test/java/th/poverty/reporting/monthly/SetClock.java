package th.poverty.reporting.monthly;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.quarkus.test.junit.QuarkusTestProfile;
import th.poverty.domain.Thailand;

/**
 * The service's clock where a test must stand on a given day of the month: before the 20th,
 * after it. Only the {@link Profile} puts it in place of the system's.
 */
@Alternative
@Singleton
public class SetClock extends Clock {

    private static volatile Instant now = Instant.now();

    static void at(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return Thailand.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public java.util.Set<Class<?>> getEnabledAlternatives() {
            return java.util.Set.of(SetClock.class);
        }
    }
}
