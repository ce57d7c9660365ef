package th.poverty.eventstore;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;
import th.poverty.domain.Thailand;

/**
 * The one clock every bean reads the time from: the system's, in Thai time. Beans take it by
 * injection, so a test or a tool can put a clock of its own in its place.
 */
@Singleton
public class ServiceClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Thailand.systemClock();
    }
}
