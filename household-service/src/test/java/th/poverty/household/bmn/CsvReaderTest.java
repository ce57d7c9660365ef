package th.poverty.household.bmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private record Read(int row, List<String> fields) {
    }

    private static List<Read> readAll(String text) throws IOException {
        var csv = new CsvReader(new StringReader(text));
        List<Read> records = new ArrayList<>();
        for (var fields = csv.next(); fields != null; fields = csv.next()) {
            records.add(new Read(csv.row(), fields));
        }
        return records;
    }

    @Test
    void quotedFieldsKeepTheirCommasQuotesLineBreaksAndThaiText() throws IOException {
        var records = readAll("a,b,c\n"
                + "\"12 หมู่ 1, ต.หน้าเมือง\",\"say \"\"สวัสดี\"\"\",\"two\nlines\"\n"
                + "plain,,last\n");

        assertThat(records).containsExactly(
                new Read(1, List.of("a", "b", "c")),
                new Read(2, List.of("12 หมู่ 1, ต.หน้าเมือง", "say \"สวัสดี\"", "two\nlines")),
                new Read(3, List.of("plain", "", "last")));
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemCountingBlankRowsButSkippingThem() throws IOException {
        var records = readAll("h1,h2\r\n\r\nx,y\r\n,\r\n  ,\r\nlast,row");

        assertThat(records).extracting(Read::row).containsExactly(1, 3, 6);
        assertThat(records.getLast().fields()).containsExactly("last", "row");
    }

    @Test
    void theByteOrderMarkThatSpreadsheetsWriteIsNotPartOfTheFirstName() throws IOException {
        assertThat(readAll("\uFEFFnational_id,members\n").getFirst().fields()).containsExactly("national_id", "members");
    }

    @Test
    void aQuoteNeverClosedBreaksTheFileAtTheRowItOpens() {
        assertThatThrownBy(() -> readAll("a,b\nx,y\n\"open,z\nmore,rows\n"))
                .isInstanceOfSatisfying(BrokenCsvException.class, e -> {
                    assertThat(e.row()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("row 3");
                    assertThat(e.getMessage()).contains("never closed");
                });
    }

    @Test
    void strayQuotesBreakTheFile() {
        assertThatThrownBy(() -> readAll("a,b\nx,ab\"c\n")).isInstanceOf(BrokenCsvException.class)
                .hasMessageContaining("Row 2").hasMessageContaining("column 2");
        assertThatThrownBy(() -> readAll("a,b\n\"x\"y,z\n")).isInstanceOf(BrokenCsvException.class)
                .hasMessageContaining("after the closing quote");
    }

    @Test
    void bytesThatAreNotUtf8BreakTheFileAtTheirOwnRow() {
        byte[] start = "a,b\nok,ok\n".getBytes(StandardCharsets.UTF_8);
        byte[] windows874 = {(byte) 0xCA, (byte) 0xC1, ',', 'x', '\n'}; // "สม" in Windows-874
        byte[] file = new byte[start.length + windows874.length];
        System.arraycopy(start, 0, file, 0, start.length);
        System.arraycopy(windows874, 0, file, start.length, windows874.length);
        var csv = new CsvReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));

        assertThatThrownBy(() -> {
            while (csv.next() != null) {
                // read on
            }
        }).isInstanceOfSatisfying(BrokenCsvException.class, e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.getMessage()).contains("UTF-8");
        });
    }

    @Test
    void aFieldTooLongToBeDataIsTakenForABrokenFile() {
        String huge = "x".repeat(CsvReader.MAX_FIELD_LENGTH + 1);
        assertThatThrownBy(() -> readAll("a,b\n" + huge + ",y\n")).isInstanceOf(BrokenCsvException.class)
                .hasMessageContaining("longer than");
    }
}
