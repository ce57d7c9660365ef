package th.poverty.household.bmn;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Household ids for a bulk import: UUIDs that begin with the time (RFC 9562 version 7), so a
 * million new households are added at the end of every index on the id (households, streams,
 * events, personal data) rather than scattered over it, which keeps the import's page writes few.
 */
final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    static UUID next() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
