package th.poverty.area;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import th.poverty.domain.Thailand;

/** Dates as Thai readers write them: the Buddhist Era year (พ.ศ. = C.E. + 543) and Thai month names. */
public final class ThaiDates {

    private static final String[] MONTHS = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] SHORT_MONTHS = {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.",
            "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};

    private ThaiDates() {
    }

    /** e.g. "มกราคม" for 1. */
    public static String month(int month) {
        return MONTHS[month - 1];
    }

    /** e.g. "ม.ค." for 1, as tables and charts write it. */
    public static String shortMonth(int month) {
        return SHORT_MONTHS[month - 1];
    }

    /** e.g. "20 มกราคม 2570". */
    public static String date(LocalDate day) {
        return day.getDayOfMonth() + " " + month(day.getMonthValue()) + " " + FiscalYear.buddhistYear(day);
    }

    /** e.g. "20 ม.ค. 2570". */
    public static String shortDate(LocalDate day) {
        return day.getDayOfMonth() + " " + shortMonth(day.getMonthValue()) + " " + FiscalYear.buddhistYear(day);
    }

    /** e.g. "21 มกราคม 2570 09:05 น." in Thai time. */
    public static String dateTime(Instant instant) {
        ZonedDateTime local = instant.atZone(Thailand.ZONE);
        return date(local.toLocalDate()) + " %02d:%02d น.".formatted(local.getHour(), local.getMinute());
    }
}
