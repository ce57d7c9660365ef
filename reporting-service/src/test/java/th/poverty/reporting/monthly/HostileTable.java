package th.poverty.reporting.monthly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A report table whose text is what a careless or malicious agency name could hold, beside the
 * text a download must show for it, and numbers that must stay numbers.
 */
final class HostileTable {

    /** Every C0 control character and DEL. */
    static final String CONTROLS = IntStream.rangeClosed(0, 0x1F).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append) + "\u007F";

    /** Text as it arrives, and as a download must show it: the same order. */
    static final List<String> TEXT = List.of(
            "=HYPERLINK(\"http://x\",\"y\")",
            "+1",
            "-1",
            "@SUM(A1)",
            "  =1+1",
            "\t=cmd|' /C calc'!A0",
            "\r\n\r\n-2",
            "อบต.บางแก้ว\r\n\r\nสำนักงานเกษตร\u2028อำเภอ\u2029เมือง",
            "ผู้ใหญ่ \"บ้าน\", หมู่ 5; สหกรณ์ ก" + CONTROLS + "ข",
            "กองทุน = หมู่บ้าน -1 @ที่ว่าการ");
    static final List<String> SHOWN = List.of(
            "'=HYPERLINK(\"http://x\",\"y\")",
            "'+1",
            "'-1",
            "'@SUM(A1)",
            "'  =1+1",
            "' =cmd|' /C calc'!A0",
            "' -2",
            "อบต.บางแก้ว สำนักงานเกษตร อำเภอ เมือง",
            "ผู้ใหญ่ \"บ้าน\", หมู่ 5; สหกรณ์ ก ข",
            "กองทุน = หมู่บ้าน -1 @ที่ว่าการ");

    static final BigDecimal NEGATIVE_AMOUNT = new BigDecimal("-1500.50");

    private HostileTable() {
    }

    /** The hostile text as title lines and as the labels of lines, whose figures include negative numbers. */
    static ReportTable table() {
        List<List<Object>> lines = new ArrayList<>();
        for (String text : TEXT) {
            lines.add(Arrays.asList(text, NEGATIVE_AMOUNT, -3L, 7, null));
        }
        return new ReportTable(TEXT, List.of("รายการ", "บาท", "ครั้ง", "ครัวเรือน", "หมายเหตุ"), lines, null);
    }

    /** A table wider than the alphabet: its last column is AD. */
    static ReportTable wide() {
        List<String> header = IntStream.rangeClosed(1, 30).mapToObj(c -> "คอลัมน์ " + c).toList();
        List<Object> line = new ArrayList<>(IntStream.rangeClosed(1, 30).boxed().toList());
        return new ReportTable(List.of("ตารางกว้าง"), header, List.of(line), null);
    }
}
