package th.poverty.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.poverty.area.Areas;
import th.poverty.reporting.rollup.RollUp.CountedArea;

class RollUpTest {

    private final Areas areas = Areas.thailand();

    @Test
    void aHouseholdCountsInItsVillageTambonDistrictProvinceAndTheCountry() {
        var rollUp = RollUp.of(areas.pathOf("24010101").orElseThrow());

        assertThat(rollUp.areas()).containsExactly(
                new CountedArea("TH", null),
                new CountedArea("24", "TH"),
                new CountedArea("2401", "24"),
                new CountedArea("240101", "2401"),
                new CountedArea("24010101", "240101"));
    }

    @Test
    void aTambonWhoseCodeDoesNotNameItsDistrictRollsUpToItsRealDistrict() {
        var rollUp = RollUp.of(areas.pathOf("24110101").orElseThrow());

        assertThat(rollUp.codes()).containsExactly("TH", "24", "2411", "241101", "24110101").doesNotContain("2402");
        assertThat(rollUp.parentCodes()).containsExactly(null, "TH", "24", "2411", "241101");
    }

    @Test
    void theCountryIsVisibleOnlyToCallersWhoseAreaIsTheWholeCountry() {
        var reportAreas = new ReportAreas(areas);

        assertThat(reportAreas.visibleWithin("", "TH")).isTrue();
        assertThat(reportAreas.visibleWithin("24", "TH")).isFalse();
        assertThat(reportAreas.visibleWithin(null, "24")).isFalse();
    }

    @Test
    void anAreaIsVisibleWithinTheDistrictItReallyBelongsTo() {
        var reportAreas = new ReportAreas(areas);

        assertThat(reportAreas.visibleWithin("2411", "24110101")).isTrue();
        assertThat(reportAreas.visibleWithin("2402", "24110101")).isFalse();
        assertThat(reportAreas.visibleWithin("30", "24")).isFalse();
    }

    @Test
    void onlyTheCountryOrCodesOfTwoFourSixOrEightDigitsAreWellFormed() {
        assertThat(ReportAreas.isWellFormed("TH")).isTrue();
        assertThat(ReportAreas.isWellFormed("24110101")).isTrue();
        assertThat(ReportAreas.isWellFormed("th")).isFalse();
        assertThat(ReportAreas.isWellFormed("240")).isFalse();
        assertThat(ReportAreas.isWellFormed("2x")).isFalse();
        assertThat(ReportAreas.isWellFormed("๒๔")).isFalse();
        assertThat(ReportAreas.isWellFormed(null)).isFalse();
    }

    @Test
    void theCountrysChildrenAreTheProvincesAndAProvincesParentIsTheCountry() {
        var reportAreas = new ReportAreas(areas);

        assertThat(reportAreas.listedChildren("TH")).hasSameSizeAs(areas.provinces())
                .extracting(ReportArea::parentCode).containsOnly("TH");
        assertThat(reportAreas.find("TH").orElseThrow().level()).isEqualTo("COUNTRY");
        assertThat(reportAreas.listedChildren("2411")).extracting(ReportArea::code).contains("241101");
    }
}
