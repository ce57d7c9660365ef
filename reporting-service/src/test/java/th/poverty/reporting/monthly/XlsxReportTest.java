package th.poverty.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX download read back by Apache POI, another library than the one that writes it. */
class XlsxReportTest {

    @Test
    void hostileTextComesBackAsPlainTextAndNumbersAsNumericCells() throws IOException {
        try (var workbook = read(XlsxReport.write(HostileTable.table()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("รายงานประจำเดือน");
            int titles = HostileTable.TEXT.size();
            for (int i = 0; i < titles; i++) {
                assertThat(text(sheet.getRow(i).getCell(0))).isEqualTo(HostileTable.SHOWN.get(i));
            }
            assertThat(sheet.getRow(titles)).isNull();
            assertThat(text(sheet.getRow(titles + 1).getCell(4))).isEqualTo("หมายเหตุ");
            for (int i = 0; i < titles; i++) {
                Row line = sheet.getRow(titles + 2 + i);
                assertThat(text(line.getCell(0))).isEqualTo(HostileTable.SHOWN.get(i));
                assertThat(number(line.getCell(1))).isEqualTo(-1500.5);
                assertThat(number(line.getCell(2))).isEqualTo(-3);
                assertThat(number(line.getCell(3))).isEqualTo(7);
                assertThat(line.getCell(4)).isNull();
            }
        }
    }

    @Test
    void cellsPastColumnZHaveTheirOwnReferences() throws IOException {
        try (var workbook = read(XlsxReport.write(HostileTable.wide()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(2);
            Row line = sheet.getRow(3);
            assertThat(header.getLastCellNum()).isEqualTo((short) 30);
            for (int c = 0; c < 30; c++) {
                assertThat(text(header.getCell(c))).isEqualTo("คอลัมน์ " + (c + 1));
                assertThat(number(line.getCell(c))).isEqualTo(c + 1);
            }
            assertThat(new CellReference(header.getCell(26)).formatAsString(false)).isEqualTo("AA3");
            assertThat(new CellReference(line.getCell(29)).formatAsString(false)).isEqualTo("AD4");
        }
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static String text(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    private static double number(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }
}
