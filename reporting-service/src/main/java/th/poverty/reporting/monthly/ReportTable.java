package th.poverty.reporting.monthly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import th.poverty.area.ThaiDates;
import th.poverty.domain.Dimension;
import th.poverty.reporting.progress.Figures;
import th.poverty.reporting.progress.Figures.Assistance;
import th.poverty.reporting.progress.Problems.ProblemCounts;

/**
 * A monthly report as the table the ministry reads: a few title lines, then one line per figure
 * with its value at the cut-off, its change since the previous report, and the corrections to
 * the previous report. Thai headers, B.E. dates. The CSV and XLSX downloads both write this table.
 */
public record ReportTable(List<String> title, List<String> header, List<List<Object>> lines) {

    static final List<String> HEADER = List.of("รายการ", "ค่า ณ วันตัดยอด", "เปลี่ยนแปลงจากรายงานเดือนก่อน",
            "ปรับปรุงรายงานเดือนก่อน (ข้อมูลที่เข้ามาหลังปิดรายงาน)");

    private static final Map<String, String> KINDS_TH = Map.of(
            "MONEY", "เงินช่วยเหลือ", "GOODS", "สิ่งของ", "MEANS_OF_PRODUCTION", "ปัจจัยการผลิต",
            "TRAINING", "ฝึกอบรม ฝึกอาชีพ", "LOAN", "สินเชื่อ", "HOUSING_REPAIR", "ซ่อมแซมที่อยู่อาศัย", "SERVICE", "บริการ");

    public static ReportTable of(MonthlyReportView report) {
        List<String> title = new ArrayList<>();
        title.add("รายงานผลการดำเนินงานแก้ไขปัญหาความยากจนแบบบูรณาการ ประจำเดือน " + report.monthTh());
        title.add("พื้นที่: " + report.area().levelTh() + " " + report.area().nameTh() + " (" + report.area().code() + ")");
        title.add("ช่วงเวลา: " + ThaiDates.date(report.firstDay()) + " ถึง " + ThaiDates.date(report.cutOff())
                + " (วันตัดยอด " + report.cutOffTh() + ")");
        title.add(report.closure() == null ? "สถานะ: ยังไม่ปิดรายงาน (ตัวเลขเปลี่ยนแปลงได้)"
                : "สถานะ: ปิดรายงานแล้ว โดย " + report.closure().closedBy() + " เมื่อ " + report.closure().closedAtTh());
        Map<String, Function<Figures, Object>> figures = figures(report);
        List<List<Object>> lines = new ArrayList<>();
        figures.forEach((label, read) -> {
            List<Object> line = new ArrayList<>(4);
            line.add(label);
            line.add(read.apply(report.figures()));
            line.add(read.apply(report.changeSincePreviousReport()));
            line.add(report.correctionsToPreviousReport() == null ? null : read.apply(report.correctionsToPreviousReport()));
            lines.add(line);
        });
        return new ReportTable(title, HEADER, lines);
    }

    /** The rows as both downloads lay them out: the title lines, a blank row, the header, the lines. */
    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        title.forEach(line -> rows.add(List.of(line)));
        rows.add(List.of());
        rows.add(List.copyOf(header));
        rows.addAll(lines);
        return rows;
    }

    private static Map<String, Function<Figures, Object>> figures(MonthlyReportView report) {
        Map<String, Function<Figures, Object>> lines = new LinkedHashMap<>();
        lines.put("ครัวเรือนเป้าหมายที่ชี้เป้า (ครัวเรือน)", f -> f.identified().total());
        lines.put("  จากข้อมูล จปฐ.", f -> f.identified().bmnSurvey());
        lines.put("  จากเวทีประชาคม", f -> f.identified().communityForum());
        lines.put("  รอตรวจสอบ", f -> f.identified().candidates());
        lines.put("  ตรวจสอบแล้วเป็นเป้าหมาย", f -> f.identified().verified());
        lines.put("  ตรวจสอบแล้วไม่ใช่เป้าหมาย", f -> f.identified().dismissed());
        lines.put("เยี่ยมบ้านแล้ว", Figures::visited);
        lines.put("วิเคราะห์ 4 ท แล้ว", Figures::assessed);
        lines.put("จัดกลุ่มแล้ว", f -> f.classified().total());
        lines.put("  กลุ่ม ก สงเคราะห์", f -> f.classified().welfare());
        lines.put("  กลุ่ม ข พัฒนาตนเองได้", f -> f.classified().selfDeveloping());
        lines.put("มีเข็มทิศชีวิต", Figures::withPlan);
        lines.put("ลงนาม MOU แล้ว", Figures::mouSigned);
        lines.put("มีผู้ดูแล", Figures::withCarer);
        lines.put("ยังไม่มีผู้ดูแล", f -> f.carers().householdsWithoutCarer());
        lines.put("พ้นความยากจน", Figures::graduated);
        lines.put("ปิดรายการ", Figures::closed);
        lines.put("ผู้ดูแล (คน)", f -> f.carers().carers());
        lines.put("ครัวเรือนที่ผู้ดูแลรับผิดชอบ", f -> f.carers().householdsCared());
        lines.put("ครัวเรือนต่อผู้ดูแล", f -> f.carers().householdsPerCarer());
        lines.put("ผู้ดูแลที่รับผิดชอบเกินเกณฑ์ของจังหวัด (ปกติ 3 ครัวเรือน)", f -> f.carers().carersOverCap());
        lines.put("ครัวเรือนที่ติดตามรายได้", f -> f.income().households());
        lines.put("รายได้ฐานต่อคนต่อปี เฉลี่ย (บาท)", f -> f.income().baselineMean());
        lines.put("รายได้ฐานต่อคนต่อปี มัธยฐาน (บาท)", f -> f.income().baselineMedian());
        lines.put("รายได้ล่าสุดต่อคนต่อปี เฉลี่ย (บาท)", f -> f.income().latestMean());
        lines.put("รายได้ล่าสุดต่อคนต่อปี มัธยฐาน (บาท)", f -> f.income().latestMedian());
        lines.put("รายได้เพิ่มขึ้น เฉลี่ย (บาท)", f -> f.income().meanUplift());
        lines.put("รายได้เพิ่มขึ้น มัธยฐาน (บาท)", f -> f.income().medianUplift());
        problems(lines, "ปัญหาของครัวเรือน", f -> f.problems().total());
        for (Dimension dimension : Dimension.values()) {
            problems(lines, "ปัญหาด้าน" + dimension.labelTh(), f -> f.problems().in(dimension));
        }
        for (Assistance a : report.figures().assistance()) {
            String name = "ความช่วยเหลือ " + a.agency() + " – " + KINDS_TH.getOrDefault(a.kind(), a.kind());
            lines.put(name + " (ครั้ง)", f -> assistance(f, a, Assistance::deliveries));
            lines.put(name + " (ครัวเรือน)", f -> assistance(f, a, Assistance::households));
            lines.put(name + " (บาท)", f -> assistance(f, a, Assistance::amountThb));
        }
        return lines;
    }

    /** A line for the problems found, then one for each part of them by where they stand. */
    private static void problems(Map<String, Function<Figures, Object>> lines, String name,
                                 Function<Figures, ProblemCounts> counts) {
        lines.put(name + "ที่พบ (ปัญหา)", f -> counts.apply(f).found());
        lines.put("  " + name + " – อยู่ระหว่างดำเนินการ", f -> counts.apply(f).inProgress());
        lines.put("  " + name + " – ช่วยเหลือแล้ว", f -> counts.apply(f).helped());
        lines.put("  " + name + " – แก้ไขได้", f -> counts.apply(f).solved());
        lines.put("  " + name + " – แก้ไขไม่ได้", f -> counts.apply(f).unsolvable());
    }

    private static Object assistance(Figures figures, Assistance of, Function<Assistance, Object> read) {
        return figures.assistance().stream()
                .filter(a -> a.agency().equals(of.agency()) && a.kind().equals(of.kind()))
                .findFirst().map(read).orElse(BigDecimal.ZERO);
    }
}
