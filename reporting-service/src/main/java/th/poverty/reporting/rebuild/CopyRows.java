package th.poverty.reporting.rebuild;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a table with {@code COPY ... FROM STDIN (FORMAT binary)}: the cheapest way
 * into PostgreSQL for millions of rows. The server takes each value as stored, without parsing
 * text, and works through them while the next are encoded. Each row gives its values in the
 * columns' order and types, then {@link #endRow}; {@link #finish} ends the copy.
 */
final class CopyRows implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 20;
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L; // 2000-01-01T00:00:00Z
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private final CopyIn copy;
    private final short columns;
    private byte[] buffer = new byte[FLUSH_AT + (64 << 10)];
    private int size;
    private int inRow;
    private long rows;

    private CopyRows(CopyIn copy, int columns) {
        this.copy = copy;
        this.columns = (short) columns;
        write(SIGNATURE);
        int32(0); // flags
        int32(0); // no header extension
    }

    /**
     * @param table   the table
     * @param columns its columns, in the order each row gives them
     */
    static CopyRows into(Connection connection, String table, String... columns) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin (format binary)");
        return new CopyRows(copy, columns.length);
    }

    /** A text, varchar or json column. */
    CopyRows text(String value) {
        if (value == null) {
            return nullValue();
        }
        // an ASCII string's bytes are copied whole (the JDK checks and copies many at a time),
        // which a loop over its characters took three times as long to do
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        begin();
        int32(bytes.length);
        write(bytes);
        return this;
    }

    CopyRows uuid(UUID value) {
        if (value == null) {
            return nullValue();
        }
        begin();
        int32(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
        return this;
    }

    /** A bigint column. */
    CopyRows bigint(long value) {
        begin();
        int32(8);
        int64(value);
        return this;
    }

    /** An int column. */
    CopyRows integer(int value) {
        begin();
        int32(4);
        int32(value);
        return this;
    }

    /** A timestamptz column: microseconds since 2000-01-01 UTC. */
    CopyRows timestamp(Instant value) {
        if (value == null) {
            return nullValue();
        }
        begin();
        int32(8);
        int64((value.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + value.getNano() / 1_000);
        return this;
    }

    /** A date column: days since 2000-01-01. */
    CopyRows date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        begin();
        int32(4);
        int32((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
        return this;
    }

    void endRow() throws SQLException {
        if (inRow != columns) {
            throw new IllegalStateException("a row of " + inRow + " values for " + columns + " columns");
        }
        inRow = 0;
        rows++;
        if (size >= FLUSH_AT) {
            flush();
        }
    }

    /** Ends the copy; returns the rows written. */
    long finish() throws SQLException {
        int16((short) -1);
        flush();
        copy.endCopy();
        return rows;
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private CopyRows nullValue() {
        begin();
        int32(-1);
        return this;
    }

    private void begin() {
        if (inRow++ == 0) {
            int16(columns);
        }
    }

    private void flush() throws SQLException {
        if (size > 0) {
            copy.writeToCopy(buffer, 0, size);
            size = 0;
        }
    }

    private void write(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
    }

    private void int16(short value) {
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
    }

    private void int32(int value) {
        ensure(4);
        putInt32(size, value);
        size += 4;
    }

    private void putInt32(int at, int value) {
        buffer[at] = (byte) (value >>> 24);
        buffer[at + 1] = (byte) (value >>> 16);
        buffer[at + 2] = (byte) (value >>> 8);
        buffer[at + 3] = (byte) value;
    }

    private void int64(long value) {
        int32((int) (value >>> 32));
        int32((int) value);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
