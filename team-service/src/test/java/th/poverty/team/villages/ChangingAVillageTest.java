package th.poverty.team.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.team.villages.RegisteringAVillageTest.CODE;
import static th.poverty.team.villages.RegisteringAVillageTest.REGISTERED;
import static th.poverty.team.villages.RegisteringAVillageTest.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import th.poverty.domain.Rejection;
import th.poverty.team.villages.VillageCommand.Rename;
import th.poverty.team.villages.VillageCommand.Retire;
import th.poverty.team.villages.VillageEvent.VillageRegistered;
import th.poverty.team.villages.VillageEvent.VillageRenamed;
import th.poverty.team.villages.VillageEvent.VillageRetired;
import th.poverty.testing.Scenario;

/** Given a registered village, when its district renames or retires it, then these events or this refusal. */
class ChangingAVillageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate MERGED_ON = LocalDate.of(2026, 10, 1);
    /** หมู่ที่ 4 of the same tambon, and หมู่ที่ 1 of a tambon in another district (บางคล้า). */
    static final VillageRegistered NEIGHBOUR = new VillageRegistered("24050204", "24", "2405", "240502", 4, "บ้านทดสอบสี่", null);
    static final VillageRegistered ELSEWHERE = new VillageRegistered("24020101", "24", "2402", "240201", 1, "บ้านทดสอบอื่น", null);

    static Village village(VillageEvent... events) {
        return Scenario.fold(Village::apply, List.of(events));
    }

    static Optional<Village> some(VillageEvent... events) {
        return Optional.of(village(events));
    }

    @Test
    void aRenamingGivesTheNewNameAndKeepsTheEnglishOneWhenNoneIsGiven() {
        var named = village(REGISTERED, new VillageRenamed(CODE, "บ้านทดสอบ", "Ban Test"));

        assertThat(named.decide(new Rename("บ้านทดสอบใต้", null), Optional.empty(), TODAY).eventsOrThrow())
                .containsExactly(new VillageRenamed(CODE, "บ้านทดสอบใต้", "Ban Test"));
        var same = refusal(named.decide(new Rename(" บ้านทดสอบ", null), Optional.empty(), TODAY));
        assertThat(same.code()).isEqualTo("name-unchanged");
        assertThat(same.kind()).isEqualTo(Rejection.Kind.RULE);
        assertThat(refusal(named.decide(new Rename("", null), Optional.empty(), TODAY)).code()).isEqualTo("name-required");
    }

    @Test
    void aVillageMergesIntoAnActiveVillageOfItsDistrict() {
        var retire = new Retire(Retirement.MERGED, NEIGHBOUR.villageCode(), MERGED_ON);

        assertThat(village(REGISTERED).decide(retire, some(NEIGHBOUR), TODAY).eventsOrThrow())
                .containsExactly(new VillageRetired(CODE, Retirement.MERGED, NEIGHBOUR.villageCode(), MERGED_ON));
        var merged = village(REGISTERED, new VillageRetired(CODE, Retirement.MERGED, NEIGHBOUR.villageCode(), MERGED_ON));
        assertThat(merged.status()).isEqualTo(VillageStatus.RETIRED);
        assertThat(merged.mergedInto()).isEqualTo(NEIGHBOUR.villageCode());
    }

    @Test
    void aMergerNamesARegisteredActiveVillageOfTheSameDistrictOtherThanItself() {
        var village = village(REGISTERED);
        assertThat(refusal(village.decide(new Retire(Retirement.MERGED, null, MERGED_ON), Optional.empty(), TODAY)).code())
                .isEqualTo("merged-into-required");
        assertThat(refusal(village.decide(new Retire(Retirement.MERGED, CODE, MERGED_ON), some(REGISTERED), TODAY)).code())
                .isEqualTo("merged-into-itself");
        assertThat(refusal(village.decide(new Retire(Retirement.MERGED, "24050205", MERGED_ON), Optional.empty(), TODAY)))
                .extracting(Rejection::code, Rejection::field).containsExactly("unknown-village", "mergedInto");
        assertThat(refusal(village.decide(new Retire(Retirement.MERGED, ELSEWHERE.villageCode(), MERGED_ON), some(ELSEWHERE),
                TODAY)).code()).isEqualTo("merged-into-other-district");
        var retiredNeighbour = some(NEIGHBOUR, new VillageRetired(NEIGHBOUR.villageCode(), Retirement.DISSOLVED, null, MERGED_ON));
        var intoRetired = refusal(village.decide(new Retire(Retirement.MERGED, NEIGHBOUR.villageCode(), MERGED_ON),
                retiredNeighbour, TODAY));
        assertThat(intoRetired.code()).isEqualTo("merged-into-retired");
        assertThat(intoRetired.kind()).isEqualTo(Rejection.Kind.RULE);
    }

    @Test
    void aDissolvedVillageJoinsNoOtherAndIsRetiredOnADateThatHasCome() {
        var village = village(REGISTERED);
        assertThat(village.decide(new Retire(Retirement.DISSOLVED, null, MERGED_ON), Optional.empty(), TODAY).eventsOrThrow())
                .containsExactly(new VillageRetired(CODE, Retirement.DISSOLVED, null, MERGED_ON));
        assertThat(refusal(village.decide(new Retire(Retirement.DISSOLVED, NEIGHBOUR.villageCode(), MERGED_ON),
                some(NEIGHBOUR), TODAY)).code()).isEqualTo("merged-into-not-merged");
        assertThat(refusal(village.decide(new Retire(Retirement.DISSOLVED, null, TODAY.plusDays(1)), Optional.empty(),
                TODAY)).code()).isEqualTo("date-in-future");
    }

    @Test
    void aRetiredVillageIsNeitherChangedNorBroughtBackByAList() {
        var retired = village(REGISTERED, new VillageRetired(CODE, Retirement.DISSOLVED, null, MERGED_ON));

        assertThat(refusal(retired.decide(new Rename("บ้านทดสอบใหม่", null), Optional.empty(), TODAY)).code())
                .isEqualTo("village-retired");
        assertThat(refusal(retired.decide(new Retire(Retirement.DISSOLVED, null, MERGED_ON), Optional.empty(), TODAY)).code())
                .isEqualTo("village-retired");
        assertThat(refusal(Village.listed(retired, CODE, "บ้านทดสอบ", null, RegisteringAVillageTest.AREAS)).code())
                .isEqualTo("village-retired");
        assertThat(refusal(Village.register(retired, CODE, "บ้านทดสอบ", null, RegisteringAVillageTest.AREAS)).code())
                .isEqualTo("village-retired");
    }
}
