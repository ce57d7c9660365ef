package th.poverty.household.bmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class SurveyRowTest {

    private static final SurveyRound ROUND_2568 = new SurveyRound(2568, 38, 38_000);

    /** national_id, first_name, last_name, house_number, village_code, members, income, indicators, phone, address. */
    private static String[] values(String... values) {
        return values;
    }

    private static String[] good() {
        return values("1-1037-02071-83-8", " สมศรี ", "ใจดี", "2401-001234-5", "24010101", "4", "25,000.75", "15;8; 23 ;8",
                "081-234-5678", "12 หมู่ 1, ต.หน้าเมือง");
    }

    private static List<RowProblem> problems(String[] values) {
        return ((SurveyRow.Invalid) SurveyRow.read(7, values, null, ROUND_2568)).problems();
    }

    @Test
    void aGoodRowIsReadIntoItsTypedValues() {
        var row = ((SurveyRow.Valid) SurveyRow.read(7, good(), null, ROUND_2568)).row();

        assertThat(row.row()).isEqualTo(7);
        assertThat(row.nationalId().digits()).isEqualTo("1103702071838");
        assertThat(row.firstName()).isEqualTo("สมศรี");
        assertThat(row.houseNumber().digits()).isEqualTo("24010012345");
        assertThat(row.members()).isEqualTo(4);
        assertThat(row.incomePerPerson()).isEqualTo(25_000);
        assertThat(row.failedIndicators()).containsExactly(8, 15, 23);
        assertThat(row.phone()).isEqualTo("0812345678");
        assertThat(row.address()).isEqualTo("12 หมู่ 1, ต.หน้าเมือง");
    }

    @Test
    void optionalColumnsMayBeEmptyOrLeftOut() {
        String[] values = good();
        values[SurveyColumn.PHONE.ordinal()] = null;
        values[SurveyColumn.ADDRESS.ordinal()] = " ";
        values[SurveyColumn.FAILED_INDICATORS.ordinal()] = "";

        var row = ((SurveyRow.Valid) SurveyRow.read(2, values, null, ROUND_2568)).row();
        assertThat(row.phone()).isNull();
        assertThat(row.address()).isNull();
        assertThat(row.failedIndicators()).isEmpty();
    }

    @Test
    void everyBadFieldIsReportedWithItsColumnAndNoPersonalData() {
        var problems = problems(values("1103702071831", "", "ใจดี", "123", "2401010", "0", "abc", "8;39", "12345", null));

        assertThat(problems).extracting(RowProblem::field, RowProblem::code).containsExactly(
                tuple("national_id", "invalid-national-id"),
                tuple("first_name", "required"),
                tuple("house_number", "invalid-house-number"),
                tuple("village_code", "invalid-village-code"),
                tuple("members", "invalid-members"),
                tuple("income_per_person", "invalid-income"),
                tuple("failed_indicators", "invalid-indicator"),
                tuple("phone", "invalid-phone"));
        assertThat(problems.getFirst().message()).isEqualTo("national_id has a wrong check digit");
        assertThat(problems).extracting(RowProblem::message).noneMatch(m -> m.contains("1103702071831"));
        assertThat(problems.get(6).message()).contains("'39'").contains("1 to 38");
    }

    @Test
    void indicatorsMustBelongToTheRound() {
        var round2562 = new SurveyRound(2562, 31, 38_000);
        String[] values = good();
        values[SurveyColumn.FAILED_INDICATORS.ordinal()] = "32";

        assertThat(SurveyRow.read(2, values, null, round2562)).isInstanceOf(SurveyRow.Invalid.class);
        assertThat(SurveyRow.read(2, values, null, ROUND_2568)).isInstanceOf(SurveyRow.Valid.class);
    }

    @Test
    void aRowThatDidNotSplitIntoTheColumnsIsRejectedAsAWhole() {
        var reading = SurveyRow.read(9, new String[10], "expected 10 columns as in the header, found 8", ROUND_2568);

        assertThat(((SurveyRow.Invalid) reading).problems())
                .containsExactly(new RowProblem("row", "wrong-column-count", "expected 10 columns as in the header, found 8"));
    }

    @Test
    void incomeIsWholeBahtWithOrWithoutThousandsSeparators() {
        for (var accepted : List.of("0", "38000", "38,000", "1,234,567", "37999.99")) {
            String[] values = good();
            values[SurveyColumn.INCOME_PER_PERSON.ordinal()] = accepted;
            assertThat(SurveyRow.read(2, values, null, ROUND_2568)).as(accepted).isInstanceOf(SurveyRow.Valid.class);
        }
        for (var refused : List.of("-1", "38,00", "1.234", "38000.123", "฿38000", "100000000")) {
            String[] values = good();
            values[SurveyColumn.INCOME_PER_PERSON.ordinal()] = refused;
            assertThat(SurveyRow.read(2, values, null, ROUND_2568)).as(refused).isInstanceOf(SurveyRow.Invalid.class);
        }
    }
}
