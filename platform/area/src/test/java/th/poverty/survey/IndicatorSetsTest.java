package th.poverty.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import th.poverty.domain.Dimension;

class IndicatorSetsTest {

    private final IndicatorSets sets = IndicatorSets.bmn();

    @Test
    void aSurveyYearUsesTheLatestRoundThatBeganOnOrBeforeIt() {
        assertThat(sets.roundOf(2559)).isEmpty();
        assertThat(sets.roundOf(2560).orElseThrow().count()).isEqualTo(31);
        assertThat(sets.roundOf(2564).orElseThrow().firstYear()).isEqualTo(2560);
        assertThat(sets.roundOf(2569).orElseThrow().count()).isEqualTo(38);
    }

    @Test
    void theRound2560IndicatorsCarryTheirNamesCategoriesAndDimensions() {
        var birthWeight = sets.indicator(2562, 1).orElseThrow();
        assertThat(birthWeight.nameTh()).isEqualTo("เด็กแรกเกิดมีน้ำหนัก 2,500 กรัมขึ้นไป");
        assertThat(birthWeight.category()).isEqualTo("สุขภาพ");
        assertThat(birthWeight.dimension()).isEqualTo(Dimension.HEALTH);
        assertThat(birthWeight.code()).isEqualTo("BMN-2560-1");
        assertThat(sets.indicator(2562, 22).orElseThrow().dimension()).isEqualTo(Dimension.INCOME);
        assertThat(sets.indicator(2562, 24).orElseThrow().dimension()).as("values: no agency's").isNull();
        assertThat(sets.roundOf(2560).orElseThrow().indicators()).allSatisfy(i -> assertThat(i.nameTh()).isNotBlank());
    }

    @Test
    void aRoundWithoutNamesCarriesNumbersAndDimensions() {
        var indicator = sets.indicator(2567, 27).orElseThrow();
        assertThat(indicator.nameTh()).isNull();
        assertThat(indicator.dimension()).isEqualTo(Dimension.INCOME);
        assertThat(sets.indicator(2567, 39)).isEmpty();
        assertThat(sets.indicator(2567, 0)).isEmpty();
    }

    @Test
    void aCodeNamesItsIndicator() {
        assertThat(sets.byCode("BMN-2565-13").orElseThrow().dimension()).isEqualTo(Dimension.LIVING_CONDITIONS);
        assertThat(sets.byCode("BMN-2566-13")).as("not a round's first year").isEmpty();
        assertThat(sets.byCode("FOLDER-INCOME-1")).isEmpty();
        assertThat(sets.byCode(null)).isEmpty();
    }

    @Test
    void aRoundWithAGapInItsNumbersFailsTheLoad() {
        assertThatThrownBy(() -> IndicatorSets.parse("""
                round,indicator,name_th,category,dimension
                2560,1,,สุขภาพ,HEALTH
                2560,3,,สุขภาพ,HEALTH
                """)).isInstanceOf(IllegalStateException.class).hasMessageContaining("indicator 3 after 1");
    }
}
