package th.poverty.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * A table as a CSV download (RFC 4180, CRLF, quoting by FastCSV): UTF-8 with a byte-order mark,
 * so spreadsheet programs read the Thai, and every text cell made harmless by {@link #text}.
 */
public final class CsvDownload {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final byte[] BYTE_ORDER_MARK = "\uFEFF".getBytes(StandardCharsets.UTF_8);
    /**
     * Line breaks and tabs become one space: a cell here is a one-line label, and a break inside
     * a cell splits the row in readers that handle quoted breaks poorly.
     */
    private static final Pattern BREAKS = Pattern.compile("[\\t\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]+");
    /** Other control characters mean nothing in a label, and XML 1.0 forbids most of them. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x1F\\x7F]");
    /** What a spreadsheet program may run as a formula, also after leading spaces (OWASP, CSV injection). */
    private static final Pattern FORMULA = Pattern.compile("^[\\s\\p{Z}]*[=+\\-@]");

    private CsvDownload() {
    }

    /** The rows, the first the header; a number stays a number, anything else is text. */
    public static byte[] of(List<? extends List<?>> rows) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BYTE_ORDER_MARK);
        try (CsvWriter csv = CsvWriter.builder().build(bytes, StandardCharsets.UTF_8)) {
            rows.forEach(row -> csv.writeRecord(row.stream().map(CsvDownload::field).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The text as it goes into a spreadsheet cell, CSV and XLSX alike: text can come from people
     * (an agency's name is typed), so it is treated as hostile. Text that would start a formula
     * gets a leading apostrophe, OWASP's advice: no spreadsheet program reads a cell that starts
     * with one as a formula, and a reader still sees the value whole.
     */
    public static String text(String value) {
        String text = CONTROLS.matcher(BREAKS.matcher(value).replaceAll(" ")).replaceAll("");
        return FORMULA.matcher(text).find() ? "'" + text : text;
    }

    private static String field(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            default -> text(value.toString());
        };
    }
}
