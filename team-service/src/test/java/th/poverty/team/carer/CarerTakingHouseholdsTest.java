package th.poverty.team.carer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import th.poverty.area.AreaPath;
import th.poverty.area.Areas;
import th.poverty.domain.Rejection;
import th.poverty.team.carer.CarerCommand.Assign;
import th.poverty.team.carer.CarerCommand.Release;
import th.poverty.team.carer.CarerEvent.CarerAssigned;
import th.poverty.team.carer.CarerEvent.CarerReleased;
import th.poverty.team.household.CareHousehold;
import th.poverty.team.household.HouseholdStatus;
import th.poverty.team.team.MemberRole;
import th.poverty.testing.Scenario;

/** Given a carer's history, when a household is assigned or released, then these events or this refusal. */
class CarerTakingHouseholdsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Areas AREAS = Areas.thailand();
    private static final AreaPath KHLONG_NA_3 = AREAS.pathOf("24010403").orElseThrow();
    private static final int CAP = 3;

    private final Scenario<Carer, CarerCommand, CarerEvent> carer = Scenario.of(Carer::apply, Carer::decide);

    private CarerTakingHouseholdsTest givenACarerCaringFor(String... householdIds) {
        carer.given(Carer.register(new RegisterCarer("c-1", "สมศักดิ์ ใจดี", MemberRole.COMMUNITY_LEADER, "24010403", null,
                null), null, AREAS).eventsOrThrow());
        for (String id : householdIds) {
            carer.and(new Assign(open(id), TODAY, null, CAP));
        }
        return this;
    }

    private Scenario.Then<CarerEvent> when(CarerCommand command) {
        return carer.when(command);
    }

    private static CareHousehold open(String id) {
        return new CareHousehold(id, KHLONG_NA_3, HouseholdStatus.OPEN, null);
    }

    private static Rejection refusal(Scenario.Then<CarerEvent> then) {
        return then.rejection();
    }

    @Test
    void aCarerTakesAHouseholdOfItsDistrict() {
        givenACarerCaringFor();

        assertThat(when(new Assign(open("h-1"), TODAY, null, CAP)).events()).containsExactly(
                new CarerAssigned("c-1", "h-1", "24", "2401", "240104", "24010403", TODAY, null, CAP));
    }

    @Test
    void aCarerTakingAFourthHouseholdIsRefusedNamingItsThree() {
        givenACarerCaringFor("h-1", "h-2", "h-3");

        var refusal = refusal(when(new Assign(open("h-4"), TODAY, null, CAP)));
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.RULE);
        assertThat(refusal.code()).isEqualTo("carer-at-capacity");
        assertThat(refusal.field()).isEqualTo("carerId");
        assertThat(refusal.message()).contains("สมศักดิ์ ใจดี", "c-1", "h-1, h-2, h-3");
    }

    @Test
    void aProvincesHigherCapLetsACarerTakeMoreAndALowerOneReleasesNoOne() {
        givenACarerCaringFor("h-1", "h-2", "h-3");

        assertThat(when(new Assign(open("h-4"), TODAY, null, 4)).events()).containsExactly(
                new CarerAssigned("c-1", "h-4", "24", "2401", "240104", "24010403", TODAY, null, 4));
        carer.and(new Assign(open("h-4"), TODAY, null, 4));
        assertThat(refusal(when(new Assign(open("h-5"), TODAY, null, 4))).message()).contains("cap of 4");

        // lowered to two: the four stay cared for, and no fifth is taken
        assertThat(carer.state().households()).hasSize(4);
        assertThat(refusal(when(new Assign(open("h-5"), TODAY, null, 2))).code()).isEqualTo("carer-at-capacity");
    }

    @Test
    void aHouseholdTheCarerHoldsIsAssignedAgainWithoutAnEvent() {
        givenACarerCaringFor("h-1", "h-2", "h-3");

        // the household as read before the carer took it: the carer's own stream knows better
        assertThat(when(new Assign(open("h-2"), TODAY, null, CAP)).events()).isEmpty();
    }

    @Test
    void aReleaseMakesRoomForAnotherHousehold() {
        givenACarerCaringFor("h-1", "h-2", "h-3");

        var released = when(new Release("h-2", ReleaseReason.CARER_UNAVAILABLE, TODAY)).events();
        assertThat(released).containsExactly(new CarerReleased("c-1", "h-2", TODAY, ReleaseReason.CARER_UNAVAILABLE));
        carer.given(released);

        assertThat(when(new Assign(open("h-4"), TODAY, null, CAP)).events()).hasSize(1);
        assertThat(carer.state().households()).extracting(Carer.CaredFor::householdId).containsExactly("h-1", "h-3");
    }

    @Test
    void aHouseholdWithAnotherCarerIsHandedOverNotAssigned() {
        givenACarerCaringFor();

        var refusal = refusal(when(new Assign(new CareHousehold("h-1", KHLONG_NA_3, HouseholdStatus.OPEN, "c-2"), TODAY,
                null, CAP)));
        assertThat(refusal.code()).isEqualTo("household-has-carer");
        assertThat(refusal.message()).contains("c-2");
    }

    @Test
    void assigningAHouseholdTheCarerAlreadyCaresForChangesNothing() {
        givenACarerCaringFor("h-1");

        assertThat(when(new Assign(new CareHousehold("h-1", KHLONG_NA_3, HouseholdStatus.OPEN, "c-1"), TODAY, null, CAP))
                .events()).isEmpty();
    }

    @Test
    void aClosedOrGraduatedHouseholdNeedsNoCarer() {
        givenACarerCaringFor();

        assertThat(refusal(when(new Assign(new CareHousehold("h-1", KHLONG_NA_3, HouseholdStatus.CLOSED, null), TODAY,
                null, CAP))).code()).isEqualTo("household-closed");
        assertThat(refusal(when(new Assign(new CareHousehold("h-1", KHLONG_NA_3, HouseholdStatus.GRADUATED, null), TODAY,
                null, CAP))).code()).isEqualTo("household-graduated");
    }

    @Test
    void aHouseholdOfAnotherDistrictIsRefused() {
        givenACarerCaringFor();

        var bangKhla = AREAS.pathOf("24021004").orElseThrow();
        assertThat(refusal(when(new Assign(new CareHousehold("h-9", bangKhla, HouseholdStatus.OPEN, null), TODAY, null,
                CAP)))
                .code()).isEqualTo("household-outside-carer-district");
    }

    @Test
    void onlyAHouseholdCaredForCanBeReleased() {
        givenACarerCaringFor("h-1");

        assertThat(refusal(when(new Release("h-2", ReleaseReason.OTHER, TODAY))).code()).isEqualTo("not-caring-for-household");
    }
}
