package th.poverty.team.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import th.poverty.team.villages.VillageList.Refusal;
import th.poverty.team.villages.VillageList.Row;
import th.poverty.web.ProblemException;

/** A province's file as offices save it: which rows name a village, which are refused and why, and which files are no list. */
class ReadingAVillageListTest {

    static VillageList read(String csv) {
        return VillageList.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    static String field(Throwable refused) {
        return ((ProblemException) refused).problem().field();
    }

    @Test
    void rowsNameTheirVillageByCodeOrByTambonAndMoo() {
        var list = read("""
                \uFEFFvillage_code,tambon_code,moo,name_th,name_en,district
                24050201,,,บ้านทดสอบหนึ่ง,Ban One,บ้านโพธิ์
                ,240502,2,"บ้านทดสอบ, สอง",,บ้านโพธิ์
                24050203,240502,ม.3,บ้านทดสอบสาม,,
                ,,,,,
                ๒๔๐๕๐๒๐๔,,,บ้านทดสอบสี่
                """);

        assertThat(list.refused()).isEmpty();
        assertThat(list.rows()).containsExactly(
                new Row(2, "24050201", "บ้านทดสอบหนึ่ง", "Ban One"),
                new Row(3, "24050202", "บ้านทดสอบ, สอง", null),
                new Row(4, "24050203", "บ้านทดสอบสาม", null),
                new Row(6, "24050204", "บ้านทดสอบสี่", null));
    }

    @Test
    void theThaiHeadingsOfficesUseAreReadToo() {
        var list = read("รหัสตำบล,หมู่ที่,ชื่อหมู่บ้าน\n240502,หมู่ที่ 5,บ้านทดสอบห้า\n");

        assertThat(list.rows()).containsExactly(new Row(2, "24050205", "บ้านทดสอบห้า", null));
    }

    @Test
    void aRowThatNamesNoVillageIsRefusedWithItsNumberAndColumn() {
        var list = read("""
                village_code,tambon_code,moo,name_th
                2405020,,,บ้านสั้น
                ,240502,0,บ้านศูนย์
                ,2405,1,บ้านตำบลสั้น
                ,,,บ้านไม่มีรหัส
                24050209,240502,8,บ้านไม่ตรง
                """);

        assertThat(list.rows()).isEmpty();
        assertThat(list.refused()).extracting(Refusal::row, Refusal::field, Refusal::type).containsExactly(
                tuple(2, "village_code", "invalid-village-code"),
                tuple(3, "moo", "invalid-village-code"),
                tuple(4, "tambon_code", "invalid-village-code"),
                tuple(5, "village_code", "village-code-required"),
                tuple(6, "village_code", "code-mismatch"));
    }

    @Test
    void aFileThatIsNoListIsRefusedWhole() {
        assertThatThrownBy(() -> read("")).satisfies(e -> assertThat(field(e)).isEqualTo("file"));
        assertThatThrownBy(() -> read("code,name\n24050201,บ้านทดสอบ\n")).satisfies(e -> assertThat(field(e)).isEqualTo("header"));
        assertThatThrownBy(() -> read("village_code,name_th\n")).hasMessageContaining("no village");
        assertThatThrownBy(() -> read("village_code,name_th\n24050201,\"บ้านทดสอบ\n"))
                .satisfies(e -> assertThat(field(e)).isEqualTo("file"));
        // a spreadsheet's "CSV" on a Thai Windows: Windows-874, not UTF-8
        byte[] windows874 = "village_code,name_th\n24050201,บ้านทดสอบ\n".getBytes(Charset.forName("x-windows-874"));
        assertThatThrownBy(() -> VillageList.read(windows874)).hasMessageContaining("CSV UTF-8");
    }
}
