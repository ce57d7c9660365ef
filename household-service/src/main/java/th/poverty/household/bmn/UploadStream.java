package th.poverty.household.bmn;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The uploaded body as it streams in: counted against the size limit (whatever the client said
 * its length would be) and hashed, so the same file is known again without keeping it.
 */
final class UploadStream extends FilterInputStream {

    private final long limit;
    private final MessageDigest sha256;
    private long bytes;

    UploadStream(InputStream body, long limit) {
        super(body);
        this.limit = limit;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body went past the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            bytes += n;
            if (bytes > limit) {
                throw new TooLarge();
            }
            sha256.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return read(new byte[(int) Math.min(n, 8192)]);
    }

    long bytes() {
        return bytes;
    }

    /** The SHA-256 of everything read, in hex; call once the body is read to its end. */
    String sha256() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
