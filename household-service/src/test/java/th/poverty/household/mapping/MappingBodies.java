package th.poverty.household.mapping;

/** Column mappings as an officer sends them. */
public final class MappingBodies {

    private MappingBodies() {
    }

    /** Another system's survey export: Thai column names, the village as tambon code and หมู่ที่, no indicators. */
    public static String survey() {
        return survey(false);
    }

    static String survey(boolean isDefault) {
        return """
                {"kind": "BMN_SURVEY", "description": "ส่งออกจากระบบของอำเภอ", "isDefault": %s,
                 "fields": {
                   "national_id": {"column": "เลขบัตรประชาชน"},
                   "first_name": {"column": "ชื่อ"}, "last_name": {"column": "นามสกุล"},
                   "house_number": {"column": "รหัสบ้าน"},
                   "village_code": {"tambonColumn": "รหัสตำบล", "villageNumberColumn": "หมู่ที่"},
                   "members": {"column": "จำนวนสมาชิก"},
                   "income_per_person": {"column": "รายได้ต่อคนต่อปี"},
                   "failed_indicators": {"value": ""}}}""".formatted(isDefault);
    }
}
