package th.poverty.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import th.poverty.area.Areas;
import th.poverty.reporting.household.IdentificationSource;
import th.poverty.reporting.rollup.ReportAreas;

class MeasureTest {

    @Test
    void anIdentifiedHouseholdCountsInTheTotalAndUnderItsSource() {
        assertThat(Measure.identified(IdentificationSource.BMN_SURVEY))
                .containsExactly(Measure.IDENTIFIED, Measure.IDENTIFIED_BMN_SURVEY);
        assertThat(Measure.identified(IdentificationSource.COMMUNITY_FORUM))
                .containsExactly(Measure.IDENTIFIED, Measure.IDENTIFIED_COMMUNITY_FORUM);
    }

    @Test
    void progressShowsZeroForAMeasureNeverCountedAndIgnoresOnesANewerVersionCounts() {
        var area = new ReportAreas(Areas.thailand()).find("24").orElseThrow();
        var progress = AreaProgress.of(area, new Counts(Map.of(Measure.IDENTIFIED, 3L, Measure.IDENTIFIED_COMMUNITY_FORUM, 3L)));

        assertThat(progress.identified()).isEqualTo(new AreaProgress.Identified(3, 0, 3));
        assertThat(Measure.named("GRADUATED")).isEmpty();
        assertThat(Measure.named("IDENTIFIED")).contains(Measure.IDENTIFIED);
    }
}
