package th.poverty.household.tpmap;

import th.poverty.domain.Dimension;
import th.poverty.domain.Label;
import th.poverty.household.mapping.FileField;

/**
 * The columns of a TPMAP target list: one person a row, with the five dimensions (1: the person
 * fails it). The name and house number are needed only for a person not yet in the programme.
 */
enum TpmapColumn implements FileField {
    NATIONAL_ID("national_id", true, "เลขประจำตัวประชาชน", "National ID", null),
    FIRST_NAME("first_name", false, "ชื่อ", "First name", null),
    LAST_NAME("last_name", false, "นามสกุล", "Last name", null),
    HOUSE_NUMBER("house_number", false, "เลขรหัสประจำบ้าน", "House registration number", null),
    VILLAGE_CODE("village_code", true, "รหัสหมู่บ้าน (รหัสตำบล + หมู่ที่)", "Village code", null),
    HEALTH("health", true, "ด้านสุขภาพ", "Health", Dimension.HEALTH),
    LIVING_CONDITIONS("living_conditions", true, "ด้านความเป็นอยู่", "Living conditions", Dimension.LIVING_CONDITIONS),
    EDUCATION("education", true, "ด้านการศึกษา", "Education", Dimension.EDUCATION),
    INCOME("income", true, "ด้านรายได้", "Income", Dimension.INCOME),
    ACCESS_TO_SERVICES("access_to_services", true, "ด้านการเข้าถึงบริการรัฐ", "Access to public services",
            Dimension.ACCESS_TO_SERVICES);

    private final String header;
    private final boolean required;
    private final Label label;
    private final Dimension dimension;

    TpmapColumn(String header, boolean required, String labelTh, String labelEn, Dimension dimension) {
        this.header = header;
        this.required = required;
        this.label = new Label(header, labelTh, labelEn);
        this.dimension = dimension;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public Label label() {
        return label;
    }

    /** The TPMAP dimension the column flags; null for the person's details. */
    Dimension dimension() {
        return dimension;
    }
}
