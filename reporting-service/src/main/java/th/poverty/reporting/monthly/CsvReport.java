package th.poverty.reporting.monthly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The report table as CSV (RFC 4180, CRLF, quoting by FastCSV): UTF-8 with a byte-order mark, so
 * spreadsheet programs read the Thai.
 */
public final class CsvReport {

    private static final byte[] BYTE_ORDER_MARK = "\uFEFF".getBytes(StandardCharsets.UTF_8);

    private CsvReport() {
    }

    public static byte[] write(ReportTable table) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BYTE_ORDER_MARK);
        try (CsvWriter csv = CsvWriter.builder().build(bytes, StandardCharsets.UTF_8)) {
            table.rows().forEach(row -> csv.writeRecord(row.stream().map(CsvReport::field).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String field(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            case Number number -> number.toString();
            default -> ReportCell.text(value.toString());
        };
    }
}
