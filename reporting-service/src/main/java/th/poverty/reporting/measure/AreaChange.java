package th.poverty.reporting.measure;

import java.time.LocalDate;

/** A measure of an area changed by {@code delta} on {@code day}. */
public record AreaChange(String areaCode, String parentCode, String measure, LocalDate day, long delta) {
}
