package th.poverty.household.bmn;

/** The columns of a BMN survey file, by their header names; the header may list them in any order. */
enum SurveyColumn {
    NATIONAL_ID("national_id", true),
    FIRST_NAME("first_name", true),
    LAST_NAME("last_name", true),
    HOUSE_NUMBER("house_number", true),
    VILLAGE_CODE("village_code", true),
    MEMBERS("members", true),
    INCOME_PER_PERSON("income_per_person", true),
    FAILED_INDICATORS("failed_indicators", true),
    PHONE("phone", false),
    ADDRESS("address", false);

    private final String header;
    private final boolean required;

    SurveyColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The name in the file's header row, also the field a rejection names. */
    String header() {
        return header;
    }

    boolean required() {
        return required;
    }
}
