package th.poverty.household.bmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.household.mapping.FileHeader;
import th.poverty.household.mapping.UnreadableHeader;

/** A survey file in the standard layout: its columns by their own names. */
class SurveyFileHeaderTest {

    private static final List<String> REQUIRED = List.of("national_id", "first_name", "last_name", "house_number",
            "village_code", "members", "income_per_person", "failed_indicators");

    @Test
    void theColumnsMayComeInAnyOrderAndTheOptionalOnesMayBeLeftOut() {
        var header = header(List.of("Village_Code ", "members", "national_id", "first_name", "last_name",
                "house_number", "income_per_person", "failed_indicators"), 1);

        String[] values = header.values(List.of("24010101", "4", "1103702071838", "สมศรี", "ใจดี", "24010012345", "25000", ""));
        assertThat(values[SurveyColumn.VILLAGE_CODE.ordinal()]).isEqualTo("24010101");
        assertThat(values[SurveyColumn.NATIONAL_ID.ordinal()]).isEqualTo("1103702071838");
        assertThat(values[SurveyColumn.PHONE.ordinal()]).isNull();
        assertThat(header.width()).isEqualTo(8);
    }

    @Test
    void aMissingColumnRefusesTheFile() {
        assertThatThrownBy(() -> header(REQUIRED.subList(1, REQUIRED.size()), 1))
                .isInstanceOf(UnreadableHeader.class)
                .hasMessageContaining("lacks the column(s) national_id");
    }

    @Test
    void aFileWithoutAHeaderIsRefusedWithoutRepeatingItsFirstRow() {
        var firstRow = List.of("1103702071838", "สมศรี", "ใจดี", "24010012345", "24010101", "4", "25000", "");

        assertThatThrownBy(() -> header(firstRow, 1)).hasMessageContaining("the first row is not the header")
                .message().doesNotContain("1103702071838").doesNotContain("สมศรี");
    }

    @Test
    void aMisspeltOrRepeatedColumnRefusesTheFile() {
        var misspelt = new ArrayList<>(REQUIRED);
        misspelt.set(0, "nationl_id");
        assertThatThrownBy(() -> header(misspelt, 1)).hasMessageContaining("unknown column(s) in the header: nationl_id");

        var repeated = new ArrayList<>(REQUIRED);
        repeated.add("members");
        assertThatThrownBy(() -> header(repeated, 1)).hasMessageContaining("members twice");
    }

    private static FileHeader header(List<String> names, int row) {
        return FileHeader.of(names, row, SurveyLayout.FIELDS, null);
    }
}
