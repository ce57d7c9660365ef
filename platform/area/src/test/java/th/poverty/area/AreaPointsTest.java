package th.poverty.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AreaPointsTest {

    private static final String BANGKOK = "10";

    private final AreaPoints points = AreaPoints.thailand();

    @Test
    void aSubdistrictLiesWhereTheReferenceSays() {
        // ตำบลหน้าเมือง, อำเภอเมืองฉะเชิงเทรา
        var point = points.of("240101").orElseThrow();
        assertThat(point.latitude()).isCloseTo(13.69, within(0.05));
        assertThat(point.longitude()).isCloseTo(101.07, within(0.05));
    }

    @Test
    void aSubdistrictOfASplitDistrictLiesUnderItsNewCode() {
        // ก้อนแก้ว of Khlong Khuean (2411), once 240202
        var point = points.of("241101").orElseThrow();
        assertThat(point.latitude()).isCloseTo(13.76, within(0.1));
    }

    @Test
    void buengKanIsPlaced() {
        var point = points.of("38").orElseThrow();
        assertThat(point.latitude()).isBetween(17.5, 18.5);
        assertThat(point.longitude()).isBetween(103.0, 104.5);
    }

    @Test
    void aProvinceLiesAmongItsDistrictsAndInsideThailand() {
        var chachoengsao = points.of("24").orElseThrow();
        assertThat(chachoengsao.latitude()).isBetween(13.3, 14.0);
        assertThat(chachoengsao.longitude()).isBetween(101.0, 101.8);
        for (Area province : Areas.thailand().provinces()) {
            if (province.code().equals(BANGKOK)) {
                continue;
            }
            var point = points.of(province.code()).orElseThrow(() -> new AssertionError(province.code() + " has no point"));
            assertThat(point.latitude()).as(province.code()).isBetween(5.5, 20.5);
            assertThat(point.longitude()).as(province.code()).isBetween(97.3, 105.7);
        }
    }

    @Test
    void bangkokHasNoPointSinceTheSourceGivesNoneForItsKhwaeng() {
        assertThat(points.of(BANGKOK)).isEmpty();
    }

    @Test
    void aVillageAndAnUnknownCodeHaveNoPoint() {
        assertThat(points.of("24010101")).isEmpty();
        assertThat(points.of("99")).isEmpty();
    }
}
