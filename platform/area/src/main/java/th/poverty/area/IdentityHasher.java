package th.poverty.area;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash of a national ID or house number (HMAC-SHA256), so events and read models can detect the same person
 * twice without storing the number. A plain hash would not do: 13-digit IDs with a checksum are
 * few enough to reverse by brute force, the secret key is what prevents that. Every service that
 * compares hashes must use the same key. Thread-safe: a {@link Mac} is not, so each thread keeps its own
 * (making one per hash cost a bulk import more than the hashing).
 */
public final class IdentityHasher {

    public static final int MIN_KEY_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of(); // lowercase

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    /** @param key the secret, at least 16 bytes; copied, so the caller may wipe its array */
    public IdentityHasher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(
                    "identity hash key must be at least " + MIN_KEY_BYTES + " bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
        newMac(); // fail at construction, not at the first hash, if the JDK lacks the algorithm
    }

    /** The HMAC-SHA256 of the ID's 13 ASCII digits, as 64 lowercase hex characters. */
    public String hash(NationalId id) {
        Objects.requireNonNull(id, "id");
        return HEX.formatHex(macs.get().doFinal(id.digits().getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The HMAC of a house registration number, domain-separated from national IDs so an 11-digit
     * house number can never collide with an ID's hash.
     */
    public String hash(HouseNumber house) {
        Objects.requireNonNull(house, "house");
        return HEX.formatHex(macs.get().doFinal(("house:" + house.digits()).getBytes(StandardCharsets.US_ASCII)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "IdentityHasher[" + ALGORITHM + "]";
    }
}
