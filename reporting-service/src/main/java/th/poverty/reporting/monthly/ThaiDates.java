package th.poverty.reporting.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import th.poverty.area.FiscalYear;
import th.poverty.domain.Thailand;

/** Dates as Thai reports write them: the Buddhist Era year (พ.ศ. = C.E. + 543) and Thai month names. */
public final class ThaiDates {

    private ThaiDates() {
    }

    /** e.g. "20 มกราคม 2570". */
    public static String date(LocalDate day) {
        return day.getDayOfMonth() + " " + ReportingMonth.monthTh(day.getMonthValue()) + " " + FiscalYear.buddhistYear(day);
    }

    /** e.g. "21 มกราคม 2570 09:05 น." in Thai time. */
    public static String dateTime(Instant instant) {
        ZonedDateTime local = instant.atZone(Thailand.ZONE);
        return date(local.toLocalDate()) + " %02d:%02d น.".formatted(local.getHour(), local.getMinute());
    }
}
