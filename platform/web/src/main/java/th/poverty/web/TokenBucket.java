package th.poverty.web;

/**
 * A token bucket: {@code capacity} tokens, refilled at {@code perSecond}; each request takes one.
 * Thread-safe; time comes from the caller so the arithmetic is testable.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.last = now;
    }

    /** Takes a token if there is one; otherwise the nanoseconds until there will be. */
    synchronized long take(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * perNano);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    synchronized long lastUsed() {
        return last;
    }
}
