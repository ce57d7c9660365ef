package th.poverty.reporting.monthly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import th.poverty.web.CsvDownload;

/** The CSV download read back by Commons CSV, another library than the one that writes it. */
class CsvReportTest {

    private static final String BOM = "\uFEFF";

    @Test
    void hostileTextComesBackAsPlainTextOnItsOwnRowAndNumbersAsNumbers() throws IOException {
        String csv = new String(CsvDownload.of(HostileTable.table().rows()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith(BOM).endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).doesNotContain("\r", "\n", "\u2028", "\u2029");

        List<CSVRecord> records = read(csv);
        int titles = HostileTable.TEXT.size();
        assertThat(records).hasSize(titles + 2 + titles);
        for (int i = 0; i < titles; i++) {
            assertThat(records.get(i).values()).containsExactly(HostileTable.SHOWN.get(i));
        }
        assertThat(records.get(titles).values()).containsExactly("");
        assertThat(records.get(titles + 1).values()).containsExactly("รายการ", "บาท", "ครั้ง", "ครัวเรือน", "หมายเหตุ");
        for (int i = 0; i < titles; i++) {
            assertThat(records.get(titles + 2 + i).values())
                    .containsExactly(HostileTable.SHOWN.get(i), "-1500.50", "-3", "7", "");
        }
    }

    @Test
    void everyColumnOfAWideTableIsWritten() throws IOException {
        List<CSVRecord> records = read(new String(CsvDownload.of(HostileTable.wide().rows()), StandardCharsets.UTF_8));
        assertThat(records.get(2).values()).hasSize(30).endsWith("คอลัมน์ 30");
        assertThat(records.get(3).values()).hasSize(30).endsWith("30");
    }

    private static List<CSVRecord> read(String csv) throws IOException {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv.substring(BOM.length())))) {
            return parser.getRecords();
        }
    }
}
