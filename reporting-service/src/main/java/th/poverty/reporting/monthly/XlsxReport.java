package th.poverty.reporting.monthly;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import th.poverty.web.CsvDownload;

/**
 * The report table as an Excel workbook (.xlsx) of one sheet, written by fastexcel (small and
 * streaming, where Apache POI would add megabytes and start-up time for one table). Text is text,
 * numbers are numbers.
 */
public final class XlsxReport {

    private static final String SHEET_NAME = "รายงานประจำเดือน";

    private XlsxReport() {
    }

    public static byte[] write(ReportTable table) {
        var bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "poverty-eradication reporting", null);
            Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
            sheet.width(0, 60);
            for (int c = 1; c < table.columns(); c++) {
                sheet.width(c, 24);
            }
            List<List<Object>> rows = table.rows();
            for (int r = 0; r < rows.size(); r++) {
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    switch (cells.get(c)) {
                        case null -> { }
                        case Number number -> sheet.value(r, c, number);
                        case Object text -> sheet.value(r, c, CsvDownload.text(text.toString()));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
