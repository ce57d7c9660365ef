package th.poverty.team.villages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;
import th.poverty.team.villages.VillageEvent.VillageRegistered;
import th.poverty.team.villages.VillageEvent.VillageRenamed;
import th.poverty.testing.Scenario;

/** When a village is registered, or a province's list names it, then these events or this refusal. */
class RegisteringAVillageTest {

    static final Areas AREAS = Areas.thailand();
    /** Tambon เกาะไร่, district บ้านโพธิ์, Chachoengsao: หมู่ที่ 3. */
    static final String CODE = "24050203";
    static final VillageRegistered REGISTERED = new VillageRegistered(CODE, "24", "2405", "240502", 3, "บ้านทดสอบ", null);

    static Rejection refusal(Decision<VillageEvent> decision) {
        assertThat(decision).isInstanceOf(Decision.Rejected.class);
        return ((Decision.Rejected<VillageEvent>) decision).rejection();
    }

    static Village registered() {
        return Scenario.fold(Village::apply, List.of(REGISTERED));
    }

    @Test
    void aVillageOfAKnownTambonIsRegisteredWithItsMooAndTidiedNames() {
        var events = Village.register(null, CODE, "  บ้านทดสอบ ", " ", AREAS).eventsOrThrow();

        assertThat(events).containsExactly(REGISTERED);
        var village = registered();
        assertThat(village.status()).isEqualTo(VillageStatus.ACTIVE);
        assertThat(village.area().tambon()).isEqualTo("240502");
        assertThat(village.area().village()).isEqualTo(CODE);
    }

    @Test
    void aCodeOutsideTheAreaDataOrWithMooZeroIsNoVillage() {
        assertThat(refusal(Village.register(null, "24059903", "บ้านทดสอบ", null, AREAS)).code()).isEqualTo("unknown-tambon");
        assertThat(refusal(Village.register(null, "24050200", "บ้านทดสอบ", null, AREAS)).code()).isEqualTo("invalid-moo");
        var malformed = refusal(Village.register(null, "2405020", "บ้านทดสอบ", null, AREAS));
        assertThat(malformed.code()).isEqualTo("invalid-village-code");
        assertThat(malformed.field()).isEqualTo("villageCode");
        assertThat(malformed.kind()).isEqualTo(Rejection.Kind.INVALID);
    }

    @Test
    void aThaiNameNeedsThaiLettersAndAnEnglishOneNone() {
        assertThat(refusal(Village.register(null, CODE, "Ban Thotsop", null, AREAS)).code()).isEqualTo("name-not-thai");
        assertThat(refusal(Village.register(null, CODE, "  ", null, AREAS)).code()).isEqualTo("name-required");
        var english = refusal(Village.register(null, CODE, "บ้านทดสอบ", "บ้านทดสอบ", AREAS));
        assertThat(english.code()).isEqualTo("name-not-english");
        assertThat(english.field()).isEqualTo("nameEn");
        assertThat(refusal(Village.register(null, CODE, "บ้าน\u0007ทดสอบ", null, AREAS)).code()).isEqualTo("name-unreadable");
    }

    @Test
    void aCodeRegisteredBeforeIsNotRegisteredAgain() {
        var again = refusal(Village.register(registered(), CODE, "บ้านทดสอบใหม่", null, AREAS));

        assertThat(again.kind()).isEqualTo(Rejection.Kind.RULE);
        assertThat(again.code()).isEqualTo("village-already-registered");
    }

    @Test
    void aListNamingTheVillageAsItIsChangesNothingAndAnotherNameRenamesIt() {
        assertThat(Village.listed(registered(), CODE, "บ้านทดสอบ ", null, AREAS).eventsOrThrow()).isEmpty();
        assertThat(Village.listed(registered(), CODE, "บ้านทดสอบใหม่", null, AREAS).eventsOrThrow())
                .containsExactly(new VillageRenamed(CODE, "บ้านทดสอบใหม่", null));
        assertThat(Village.listed(null, CODE, "บ้านทดสอบ", null, AREAS).eventsOrThrow()).containsExactly(REGISTERED);
    }

    @Test
    void aListWithoutEnglishNamesKeepsTheOnesRegistered() {
        var named = Scenario.fold(Village::apply, List.of(REGISTERED, new VillageRenamed(CODE, "บ้านทดสอบ", "Ban Test")));

        assertThat(Village.listed(named, CODE, "บ้านทดสอบ", null, AREAS).eventsOrThrow()).isEmpty();
        assertThat(Village.listed(named, CODE, "บ้านทดสอบ", "Ban Thotsop", AREAS).eventsOrThrow())
                .containsExactly(new VillageRenamed(CODE, "บ้านทดสอบ", "Ban Thotsop"));
    }
}
