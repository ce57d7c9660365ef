package th.poverty.reporting.rollup;

import th.poverty.area.Area;

/**
 * An area a report rolls up to: the whole country or one node of the area tree.
 *
 * @param level      COUNTRY, PROVINCE, DISTRICT, TAMBON or VILLAGE
 * @param parentCode the area tree's parent ({@link ReportAreas#COUNTRY} for a province, null for the country)
 */
public record ReportArea(String code, String level, String levelTh, String nameTh, String parentCode) {

    static final ReportArea COUNTRY = new ReportArea(ReportAreas.COUNTRY, "COUNTRY", "ประเทศ", "ประเทศไทย", null);

    static ReportArea of(Area area) {
        return new ReportArea(area.code(), area.level().name(), area.level().labelTh(), area.nameTh(),
                area.parentCode() == null ? ReportAreas.COUNTRY : area.parentCode());
    }
}
