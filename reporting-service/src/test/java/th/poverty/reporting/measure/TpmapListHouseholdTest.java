package th.poverty.reporting.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.reporting.measure.Histories.HOUSEHOLD;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.area.Areas;
import th.poverty.reporting.household.HouseholdEvent;
import th.poverty.reporting.household.IdentificationSource;

/** A person on a TPMAP list not yet in the programme: a candidate household, counted with the BMN data's. */
class TpmapListHouseholdTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @Test
    void aHouseholdATpmapListAddsIsACandidateFromBmnDataUntilVerified() {
        var path = Areas.thailand().pathOf("24010103").orElseThrow();
        var facts = new HouseholdFacts();
        History.fold(facts, new Histories(NOV_1).then(new HouseholdEvent.HouseholdIdentified(HOUSEHOLD,
                IdentificationSource.TPMAP_LIST, path.province(), path.district(), path.tambon(), path.village(), NOV_1,
                null, null, List.of())).events());

        assertThat(facts.contribution().values()).containsEntry("CANDIDATES", 1L)
                .containsEntry("IDENTIFIED_BMN_SURVEY", 1L)
                .doesNotContainKeys("VERIFIED", "IDENTIFIED_COMMUNITY_FORUM");
    }
}
