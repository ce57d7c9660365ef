package th.poverty.console.page;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import th.poverty.domain.Thailand;

/** The console's clock: Thai time, handed in so a test can say what day it is. */
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Thailand.systemClock();
    }
}
