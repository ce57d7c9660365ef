package th.poverty.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;
import th.poverty.household.HouseholdEvent.HouseholdIdentified;
import th.poverty.testing.Scenario;

class HouseholdIdentifyingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final Areas areas = Areas.thailand();

    private static IdentifyHousehold nomination(String village, LocalDate date, String reason) {
        return IdentifyHousehold.atForum("h-1", village, date, reason, "hash", null);
    }

    @Test
    void aNominationInAKnownVillageIdentifiesTheHouseholdWithItsWholeAreaPath() {
        var decision = Household.identify(nomination("24010101", TODAY, "income below the line"), areas, TODAY);

        var identified = (HouseholdIdentified) decision.eventsOrThrow().getFirst();
        assertThat(identified.provinceCode()).isEqualTo("24");
        assertThat(identified.districtCode()).isEqualTo("2401");
        assertThat(identified.tambonCode()).isEqualTo("240101");
        assertThat(identified.villageCode()).isEqualTo("24010101");
        assertThat(Scenario.fold(Household::apply, decision.eventsOrThrow()).status()).isEqualTo(HouseholdStatus.IDENTIFIED);
    }

    @Test
    void aTambonWhoseCodeDoesNotNameItsDistrictRollsUpToItsRealDistrict() {
        var decision = Household.identify(nomination("24110101", TODAY, "forum"), areas, TODAY);

        var identified = (HouseholdIdentified) decision.eventsOrThrow().getFirst();
        assertThat(identified.districtCode()).isEqualTo("2411");
    }

    @Test
    void anUnknownVillageIsRefused() {
        assertRejected(Household.identify(nomination("24010100", TODAY, "r"), areas, TODAY), "villageCode", "unknown-village");
        assertRejected(Household.identify(nomination("99999901", TODAY, "r"), areas, TODAY), "villageCode", "unknown-village");
    }

    @Test
    void aForumDateInTheFutureIsRefused() {
        assertRejected(Household.identify(nomination("24010101", TODAY.plusDays(1), "r"), areas, TODAY), "forumDate",
                "date-in-future");
    }

    @Test
    void aForumNominationNeedsAReason() {
        assertRejected(Household.identify(nomination("24010101", TODAY, " "), areas, TODAY), "reason", "reason-required");
    }

    private static void assertRejected(Decision<HouseholdEvent> decision, String field, String code) {
        assertThat(decision).isInstanceOfSatisfying(Decision.Rejected.class, rejected -> {
            Rejection rejection = ((Decision.Rejected<?>) rejected).rejection();
            assertThat(rejection.field()).isEqualTo(field);
            assertThat(rejection.code()).isEqualTo(code);
            assertThat(rejection.kind()).isEqualTo(Rejection.Kind.INVALID);
        });
    }
}
