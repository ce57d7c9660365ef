package th.poverty.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many API requests one instance serves at once. A request beyond that is refused at once
 * with 503 and Retry-After instead of queueing behind the others: above its capacity an instance
 * then still answers those it admitted in time, and a client (or a second instance behind the
 * same Service) can try again.
 */
@ConfigMapping(prefix = "web.admission")
public interface Admission {

    @WithDefault("true")
    boolean enabled();

    /**
     * API requests in flight at most: those received and not yet answered. Room for a burst of a
     * few hundred at once (a district's devices syncing after a day offline), which the pool
     * serves in a fraction of a second; what exceeds it is sustained overload.
     */
    @WithDefault("256")
    int maxInFlight();

    /** What Retry-After tells a refused client, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
}
