package th.poverty.reporting.monthly;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The report table as CSV: UTF-8 with a byte-order mark, so spreadsheet programs read the Thai. */
public final class CsvReport {

    private CsvReport() {
    }

    public static byte[] write(ReportTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        table.title().forEach(line -> row(csv, List.of(line)));
        row(csv, List.of());
        row(csv, List.copyOf(table.header()));
        table.lines().forEach(line -> row(csv, line));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        return text.matches(".*[\",\r\n].*") || text.startsWith(" ") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
