package th.poverty.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AreasTest {

    private final Areas areas = Areas.thailand();

    @Test
    void loadsOnceAndCaches() {
        assertSame(areas, Areas.thailand());
    }

    @Test
    void chachoengsaoHasElevenDistrictsAndNinetyThreeTambons() {
        List<Area> districts = areas.children("24");
        assertEquals(11, districts.size());
        int tambons = 0;
        for (Area district : districts) {
            assertEquals(AreaLevel.DISTRICT, district.level());
            assertEquals("24", district.parentCode());
            tambons += areas.children(district.code()).size();
        }
        assertEquals(93, tambons);
    }

    @Test
    void countsOfTheWholeData() {
        assertEquals(77, areas.provinces().size());
        int districts = 0;
        int tambons = 0;
        for (Area province : areas.provinces()) {
            for (Area district : areas.children(province.code())) {
                districts++;
                tambons += areas.children(district.code()).size();
            }
        }
        assertEquals(927, districts);
        assertEquals(7_451, tambons);
        assertEquals(areas.provinces(), areas.children(""));
    }

    @Test
    void buengKanHasEightDistrictsAndFiftyThreeTambons() {
        Area buengKan = areas.find("38").orElseThrow();
        assertEquals("บึงกาฬ", buengKan.nameTh());
        assertEquals("Bueng Kan", buengKan.nameEn());
        List<Area> districts = areas.children("38");
        assertEquals(8, districts.size());
        assertEquals(53, districts.stream().mapToInt(district -> areas.children(district.code()).size()).sum());
    }

    @Test
    void findsEachLevel() {
        Area province = areas.find("24").orElseThrow();
        assertEquals("ฉะเชิงเทรา", province.nameTh());
        assertEquals("Chachoengsao", province.nameEn());
        assertEquals(AreaLevel.PROVINCE, province.level());
        assertNull(province.parentCode());

        Area district = areas.find("2401").orElseThrow();
        assertEquals("เมืองฉะเชิงเทรา", district.nameTh());
        assertEquals("24", district.parentCode());

        Area tambon = areas.find("240101").orElseThrow();
        assertEquals("หน้าเมือง", tambon.nameTh());
        assertEquals(AreaLevel.TAMBON, tambon.level());
        assertEquals("2401", tambon.parentCode());
    }

    @Test
    void villageExistsWhenItsTambonDoesAndNumberIsOneToNinetyNine() {
        assertTrue(areas.exists("240101"));
        Area village = areas.find("24010101").orElseThrow();
        assertEquals(AreaLevel.VILLAGE, village.level());
        assertEquals("หมู่ที่ 1 หน้าเมือง", village.nameTh());
        assertEquals("Moo 1 Na Mueang", village.nameEn());
        assertEquals("240101", village.parentCode());
        assertTrue(areas.exists("24010199"));
        assertFalse(areas.exists("24010100"));
        assertFalse(areas.exists("24019901"), "village of an unknown tambon");
    }

    @Test
    void aSubdistrictOfASplitDistrictHasItsNewDistrictsCode() {
        // ก้อนแก้ว of Khlong Khuean, split from Bang Khla: 240202 in older lists
        AreaPath path = areas.pathOf("24110101").orElseThrow();
        assertEquals(List.of("24", "2411", "241101", "24110101"), path.codes());
        assertEquals("ก้อนแก้ว", areas.find("241101").orElseThrow().nameTh());
        assertTrue(path.within("2411"));
        assertFalse(path.within("2402"));
    }

    @Test
    void everyCodeBeginsWithItsParents() {
        for (Area province : areas.provinces()) {
            for (Area district : areas.children(province.code())) {
                assertTrue(district.code().startsWith(province.code()), district.code());
                for (Area tambon : areas.children(district.code())) {
                    assertTrue(tambon.code().startsWith(district.code()), tambon.code());
                }
            }
        }
    }

    @Test
    void pathsOfHigherLevelsStopEarly() {
        assertEquals(new AreaPath("24", null, null, null), areas.pathOf("24").orElseThrow());
        assertEquals(List.of("24", "2401"), areas.pathOf("2401").orElseThrow().codes());
        assertTrue(areas.pathOf("99").isEmpty());
    }

    @Test
    void tambonAndVillageHaveNoKnownChildren() {
        assertEquals(List.of(), areas.children("240101"));
        assertEquals(List.of(), areas.children("24010101"));
        assertEquals(List.of(), areas.children("99"));
        assertEquals(List.of(), areas.children(null));
    }

    @Test
    void childrenAreSortedAndImmutable() {
        List<Area> districts = areas.children("24");
        for (int i = 1; i < districts.size(); i++) {
            assertTrue(districts.get(i - 1).code().compareTo(districts.get(i).code()) < 0);
        }
        assertThrows(UnsupportedOperationException.class, () -> districts.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> areas.provinces().clear());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "2", "240", "24010", "2401010", "240101011", "2a", "24O1", " 24", "๒๔", "24-1"})
    void malformedCodesAreNotFound(String code) {
        assertTrue(areas.find(code).isEmpty());
        assertFalse(areas.exists(code));
        assertTrue(areas.pathOf(code).isEmpty());
    }

    @Test
    void inconsistentDataFailsTheLoad() {
        String header = "province_code,province_name_th,province_name_en,district_code,district_name_th,district_name_en,"
                + "tambon_code,tambon_name_th,tambon_name_en,postal_code,latitude,longitude\n";
        String row = "24,ฉะเชิงเทรา,Chachoengsao,2401,เมืองฉะเชิงเทรา,Mueang Chachoengsao,240101,หน้าเมือง,Na Mueang,24000,,\n";
        assertEquals(1, Areas.parse(header + row).children("2401").size());
        assertThrows(IllegalStateException.class, () -> Areas.parse(header + row + row), "duplicate tambon");
        assertThrows(IllegalStateException.class,
                () -> Areas.parse(header + row + "24,ชื่ออื่น,Chachoengsao,2401,เมืองฉะเชิงเทรา,Mueang Chachoengsao,240102,ท่าไข่,Tha Khai,24000,,\n"),
                "province renamed");
        assertThrows(IllegalStateException.class, () -> Areas.parse(header + "24,ฉะเชิงเทรา,2401\n"), "short row");
        assertThrows(IllegalStateException.class, () -> Areas.parse("code,name\n" + row), "header");
    }
}
