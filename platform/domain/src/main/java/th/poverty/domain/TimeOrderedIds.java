package th.poverty.domain;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs that begin with the time (RFC 9562 version 7), for event ids and bulk-created stream ids:
 * a million new rows are added at the end of every index on the id rather than scattered over
 * it, which keeps a bulk append's page writes few.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
