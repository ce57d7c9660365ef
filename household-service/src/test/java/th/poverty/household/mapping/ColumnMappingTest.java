package th.poverty.household.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import th.poverty.household.bmn.SurveyLayout;

/** Another system's export, read by a province's mapping: Thai headers, extra columns, the village code in two parts. */
class ColumnMappingTest {

    private static final List<? extends FileField> SURVEY = new SurveyLayout().fields();

    /** ThaiQM-like export: its own names, a tambon code and a หมู่ที่, no indicators column, columns of its own. */
    static Map<String, FieldSource> thaiExport() {
        Map<String, FieldSource> fields = new HashMap<>();
        fields.put("national_id", FieldSource.inColumn("เลขบัตรประชาชน"));
        fields.put("first_name", FieldSource.inColumn("ชื่อ"));
        fields.put("last_name", FieldSource.inColumn("นามสกุล"));
        fields.put("house_number", FieldSource.inColumn("รหัสบ้าน"));
        fields.put("village_code", FieldSource.villageParts("รหัสตำบล", "หมู่ที่"));
        fields.put("members", FieldSource.inColumn("จำนวนสมาชิก"));
        fields.put("income_per_person", FieldSource.inColumn("รายได้ต่อคนต่อปี"));
        fields.put("failed_indicators", FieldSource.fixed(""));
        return fields;
    }

    private static ColumnMapping mapping(Map<String, FieldSource> fields) {
        return new ColumnMapping("24", "thaiqm", 3, FileKind.BMN_SURVEY, null, fields, "somsak", Instant.now());
    }

    @Test
    void anExportIsReadByItsOwnColumnNamesAndTheRestOfItsColumnsAreIgnored() {
        var header = FileHeader.of(List.of("ลำดับ", "รหัสตำบล", " หมู่ที่", "เลขบัตรประชาชน", "ชื่อ", "นามสกุล", "รหัสบ้าน",
                "จำนวนสมาชิก", "รายได้ต่อคนต่อปี", "หมายเหตุ"), 1, SURVEY, mapping(thaiExport()));

        String[] values = header.values(List.of("1", "240101", "๓", "1103702071838", "สมศรี", "ใจดี", "24010012345", "4",
                "25000", "-"));

        assertThat(header.width()).isEqualTo(10);
        assertThat(values).containsExactly("1103702071838", "สมศรี", "ใจดี", "24010012345", "24010103", "4", "25000", "",
                null, null);
    }

    @Test
    void aVillageNumberOfTwoDigitsIsKeptAndOneThatIsNoNumberIsLeftForTheRowsChecks() {
        assertThat(FieldSource.villageCode("240101", "12")).isEqualTo("24010112");
        assertThat(FieldSource.villageCode(" 240101 ", "๑๒")).isEqualTo("24010112");
        assertThat(FieldSource.villageCode("240101", "หมู่ 3")).isEqualTo("240101หมู่ 3");
    }

    @Test
    void aHeaderWithoutTheColumnsTheMappingReadsIsRefusedNamingThemAndTheirFields() {
        assertThatThrownBy(() -> FileHeader.of(List.of("เลขบัตรประชาชน", "ชื่อ", "นามสกุล", "รหัสบ้าน", "หมู่ที่",
                "จำนวนสมาชิก", "รายได้"), 1, SURVEY, mapping(thaiExport())))
                .isInstanceOf(UnreadableHeader.class)
                .hasMessageContaining("mapping thaiqm (version 3)")
                .hasMessageContaining("รหัสตำบล (for village_code)")
                .hasMessageContaining("รายได้ต่อคนต่อปี (for income_per_person)");
    }

    @Test
    void aColumnTheMappingReadsMayNotBeNamedTwice() {
        assertThatThrownBy(() -> FileHeader.of(List.of("เลขบัตรประชาชน", "ชื่อ", "ชื่อ", "นามสกุล", "รหัสบ้าน", "รหัสตำบล",
                "หมู่ที่", "จำนวนสมาชิก", "รายได้ต่อคนต่อปี"), 1, SURVEY, mapping(thaiExport())))
                .hasMessageContaining("names column ชื่อ twice");
    }

    @Test
    void aMappingMustSayWhereEveryRequiredFieldIs() {
        var fields = thaiExport();
        fields.remove("national_id");
        fields.remove("members");

        var refusal = ColumnMapping.refusal(fields, SURVEY);

        assertThat(refusal.missing()).containsExactly("national_id", "members");
        assertThat(refusal.problem().status()).isEqualTo(422);
        assertThat(refusal.problem().slug()).isEqualTo("mapping-incomplete");
        assertThat(refusal.problem().detail()).contains("national_id, members");
        assertThat(refusal.problem().errors()).extracting(e -> e.field())
                .containsExactly("fields.national_id", "fields.members");
    }

    @Test
    void eachFieldTakesOneFormAndOnlyTheVillageCodeComesInTwoParts() {
        var fields = thaiExport();
        fields.put("members", new FieldSource("จำนวน", "4", null, null));
        fields.put("phone", FieldSource.villageParts("a", "b"));
        fields.put("spouse", FieldSource.inColumn("คู่สมรส"));
        fields.put("first_name", FieldSource.inColumn(" "));

        var refusal = ColumnMapping.refusal(fields, SURVEY);

        assertThat(refusal.problem().slug()).isEqualTo("invalid-mapping");
        assertThat(refusal.wrong()).extracting(e -> e.field())
                .containsExactly("fields.first_name", "fields.members", "fields.phone", "fields.spouse");
        assertThat(ColumnMapping.refusal(thaiExport(), SURVEY).none()).isTrue();
    }
}
