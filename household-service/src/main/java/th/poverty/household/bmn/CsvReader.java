package th.poverty.household.bmn;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma-separated, fields quoted with {@code "} where they hold commas,
 * quotes or line breaks, {@code ""} for a quote inside) one record at a time, so a file of any
 * size takes the same memory. Rows are numbered as a spreadsheet shows them: a quoted line break
 * stays in its row, blank rows count but are skipped. A field or record too long to be real data
 * is taken for a broken file (usually a quote never closed) rather than read to the end.
 *
 * <p>The reader must decode UTF-8 with replacement (the JDK's default), so that bytes that are not
 * UTF-8 are reported at their own row rather than wherever the decoder happened to read ahead.
 */
final class CsvReader {

    static final int MAX_FIELD_LENGTH = 4_000;
    static final int MAX_FIELDS = 100;
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** What a UTF-8 decoder puts for bytes that are not UTF-8; no survey answer contains it. */
    private static final char REPLACEMENT = '\uFFFD';

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private final StringBuilder field = new StringBuilder();
    private int position;
    private int limit;
    private int row;
    private boolean started;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record that is not blank, or null at the end of the file. */
    List<String> next() throws IOException {
        while (true) {
            if (peek() == -1) {
                return null;
            }
            row++;
            List<String> fields = record();
            if (!isBlank(fields)) {
                return fields;
            }
        }
    }

    /** The spreadsheet row of the record {@link #next()} returned last. */
    int row() {
        return row;
    }

    private List<String> record() throws IOException {
        List<String> fields = new ArrayList<>(16);
        field.setLength(0);
        boolean inQuotes = false;
        boolean closedQuote = false;
        while (true) {
            int c = read();
            if (inQuotes) {
                if (c == -1) {
                    throw broken("a quoted field in column " + (fields.size() + 1) + " is never closed (a missing \")");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        append('"', fields);
                    } else {
                        inQuotes = false;
                        closedQuote = true;
                    }
                } else {
                    append((char) c, fields);
                }
                continue;
            }
            switch (c) {
                case -1, '\n' -> {
                    return end(fields);
                }
                case '\r' -> {
                    if (peek() == '\n') {
                        read();
                    }
                    return end(fields);
                }
                case ',' -> {
                    add(fields);
                    closedQuote = false;
                }
                case '"' -> {
                    if (field.isEmpty() && !closedQuote) {
                        inQuotes = true;
                    } else {
                        throw broken("a quote inside the unquoted field in column " + (fields.size() + 1)
                                + ": quote the whole field and double the quotes inside it");
                    }
                }
                default -> {
                    if (closedQuote) {
                        throw broken("text after the closing quote in column " + (fields.size() + 1));
                    }
                    append((char) c, fields);
                }
            }
        }
    }

    private List<String> end(List<String> fields) {
        add(fields);
        return fields;
    }

    private void add(List<String> fields) {
        if (fields.size() == MAX_FIELDS) {
            throw broken("more than " + MAX_FIELDS + " columns");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private void append(char c, List<String> fields) {
        if (c == REPLACEMENT) {
            throw broken("column " + (fields.size() + 1) + " is not UTF-8 text: save the file as \"CSV UTF-8\"");
        }
        if (c == '\0') { // valid UTF-8, but no text holds it and PostgreSQL cannot store it
            throw broken("column " + (fields.size() + 1) + " holds a NUL character: save the file as \"CSV UTF-8\"");
        }
        if (field.length() == MAX_FIELD_LENGTH) {
            throw broken("column " + (fields.size() + 1) + " is longer than " + MAX_FIELD_LENGTH
                    + " characters (is a quote never closed?)");
        }
        field.append(c);
    }

    private int read() throws IOException {
        int c = peek();
        if (c != -1) {
            position++;
        }
        return c;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        if (!started) {
            started = true;
            if (buffer[0] == BYTE_ORDER_MARK) { // spreadsheet programs start UTF-8 CSV with one
                position = 1;
                return limit > 1 || fill();
            }
        }
        return true;
    }

    private BrokenCsvException broken(String message) {
        return new BrokenCsvException(Math.max(row, 1), message);
    }

    private static boolean isBlank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
