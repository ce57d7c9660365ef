package th.poverty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstIsServedThenTheRateRefillsIt() {
        var bucket = new TokenBucket(3, 2, 0);

        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        long wait = bucket.take(0);
        assertTrue(wait > 0 && wait <= SECOND / 2, "wait " + wait);

        assertEquals(0, bucket.take(SECOND / 2));
        assertTrue(bucket.take(SECOND / 2) > 0);
    }

    @Test
    void anIdleClientGetsNoMoreThanItsBurst() {
        var bucket = new TokenBucket(2, 100, 0);

        assertEquals(0, bucket.take(60 * SECOND));
        assertEquals(0, bucket.take(60 * SECOND));
        assertTrue(bucket.take(60 * SECOND) > 0);
    }

    @Test
    void aFractionalRateRefillsOneRequestOverSeveralSeconds() {
        var bucket = new TokenBucket(1, 0.05, 0);

        assertEquals(0, bucket.take(0));
        assertEquals(20 * SECOND, bucket.take(0));
        assertTrue(bucket.take(19 * SECOND) > 0);
        assertEquals(0, bucket.take(20 * SECOND));
    }
}
