package th.poverty.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdentityHasherTest {

    private static final byte[] KEY = "0123456789abcdef-test-key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210-test-key".getBytes(StandardCharsets.US_ASCII);
    private final NationalId id = NationalId.parse("1103702071838");

    @Test
    void stableForTheSameKey() {
        String hash = new IdentityHasher(KEY).hash(id);
        assertEquals(hash, new IdentityHasher(KEY.clone()).hash(NationalId.parse("1-1037-02071-83-8")));
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertFalse(hash.contains("1103702071838"));
    }

    @Test
    void knownValue() {
        // HMAC-SHA256(key "0123456789abcdef-test-key", "1103702071838"), computed independently with openssl
        assertEquals("325fabb9eede7255f049c3efc02041e80b653dff4077d7fa6d9dbc439adbb051", new IdentityHasher(KEY).hash(id));
    }

    @Test
    void differsForAnotherKeyOrPerson() {
        IdentityHasher hasher = new IdentityHasher(KEY);
        assertNotEquals(hasher.hash(id), new IdentityHasher(OTHER_KEY).hash(id));
        assertNotEquals(hasher.hash(id), hasher.hash(NationalId.parse("3100600187521")));
    }

    @Test
    void callerWipingItsKeyDoesNotChangeTheHasher() {
        byte[] key = KEY.clone();
        IdentityHasher hasher = new IdentityHasher(key);
        String before = hasher.hash(id);
        java.util.Arrays.fill(key, (byte) 0);
        assertEquals(before, hasher.hash(id));
    }

    @Test
    void rejectsShortKey() {
        assertThrows(IllegalArgumentException.class, () -> new IdentityHasher(new byte[15]));
        assertThrows(NullPointerException.class, () -> new IdentityHasher(null));
        new IdentityHasher(new byte[16]);
    }

    @Test
    void threadSafe() {
        IdentityHasher hasher = new IdentityHasher(KEY);
        Set<String> hashes = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 2_000).parallel().forEach(i -> hashes.add(hasher.hash(id)));
        assertEquals(Set.of(hasher.hash(id)), hashes);
    }

    @Test
    void toStringHidesTheKey() {
        assertFalse(new IdentityHasher(KEY).toString().contains("0123456789abcdef"));
    }
}
