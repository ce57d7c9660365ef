package th.poverty.household.bmn;

import th.poverty.domain.Label;
import th.poverty.household.mapping.FileField;

/** The columns of a BMN survey file, by their header names; the header may list them in any order. */
enum SurveyColumn implements FileField {
    NATIONAL_ID("national_id", true, "เลขประจำตัวประชาชนของหัวหน้าครัวเรือน", "Head's national ID"),
    FIRST_NAME("first_name", true, "ชื่อ", "First name"),
    LAST_NAME("last_name", true, "นามสกุล", "Last name"),
    HOUSE_NUMBER("house_number", true, "เลขรหัสประจำบ้าน", "House registration number"),
    VILLAGE_CODE("village_code", true, "รหัสหมู่บ้าน (รหัสตำบล + หมู่ที่)", "Village code"),
    MEMBERS("members", true, "จำนวนสมาชิก", "Members"),
    INCOME_PER_PERSON("income_per_person", true, "รายได้เฉลี่ยต่อคนต่อปี (บาท)", "Income per person per year (THB)"),
    FAILED_INDICATORS("failed_indicators", true, "ตัวชี้วัดที่ไม่ผ่าน", "Failed indicators"),
    PHONE("phone", false, "โทรศัพท์", "Phone"),
    ADDRESS("address", false, "ที่อยู่", "Address");

    private final String header;
    private final boolean required;
    private final Label label;

    SurveyColumn(String header, boolean required, String labelTh, String labelEn) {
        this.header = header;
        this.required = required;
        this.label = new Label(header, labelTh, labelEn);
    }

    /** The name in the file's header row, also the field a rejection names. */
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
}
