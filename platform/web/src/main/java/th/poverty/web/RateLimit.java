package th.poverty.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Requests per client (a verified subject, or else a client address): a steady rate and a burst
 * above it. Over the limit a client gets 429 with Retry-After; others are not slowed.
 */
@ConfigMapping(prefix = "web.rate-limit")
public interface RateLimit {

    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second per client; a fraction is a request every few seconds. */
    @WithDefault("100")
    double perSecond();

    /** Requests a client may send at once above the sustained rate. */
    @WithDefault("500")
    int burst();

    /** Clients idle this long are forgotten, so the table stays small. */
    @WithDefault("10m")
    Duration forgetAfter();

    /** Clients remembered at most; beyond it the least used are forgotten first. */
    @WithDefault("100000")
    int maxClients();
}
