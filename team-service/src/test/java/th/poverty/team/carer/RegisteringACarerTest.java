package th.poverty.team.carer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;
import th.poverty.team.carer.CarerEvent.CarerRegistered;
import th.poverty.team.team.FormTeam;
import th.poverty.team.team.FormTeam.NewMember;
import th.poverty.team.team.MemberRole;
import th.poverty.team.team.Team;
import th.poverty.team.team.TeamCommand.ReplaceMember;
import th.poverty.team.team.TeamEvent;
import th.poverty.team.team.TeamKind;
import th.poverty.testing.Scenario;

/** A carer is a member of a team or a community leader, and cares close to households. */
class RegisteringACarerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Areas AREAS = Areas.thailand();

    private final List<TeamEvent> team = new ArrayList<>(Team.form(new FormTeam("t-1", TeamKind.SMILE_TEAM,
            "Smile Team คลองนา", "240104", LocalDate.of(2026, 9, 1), List.of(
                    new NewMember("m-1", "สมศักดิ์ ใจดี", MemberRole.CDD_VOLUNTEER_LEADER, "24010403"),
                    new NewMember("m-2", "วิไลวรรณ พัฒนา", MemberRole.TAMBON_COORDINATOR, null),
                    new NewMember("m-3", "ประเสริฐ แก้จน", MemberRole.DISTRICT_POVERTY_SPECIALIST, null))), AREAS, TODAY)
            .eventsOrThrow());

    private Decision<CarerEvent> register(String name, MemberRole role, String area, String teamId, String memberId) {
        return Carer.register(new RegisterCarer("c-1", name, role, area, teamId, memberId),
                teamId == null ? null : Scenario.fold(Team::apply, team), AREAS);
    }

    private static Rejection refusal(Decision<CarerEvent> decision) {
        assertThat(decision).isInstanceOf(Decision.Rejected.class);
        return ((Decision.Rejected<CarerEvent>) decision).rejection();
    }

    @Test
    void aTeamMemberCaresInTheirVillageUnderTheirNameAndRole() {
        assertThat(register(null, null, null, "t-1", "m-1").eventsOrThrow()).containsExactly(new CarerRegistered("c-1",
                "สมศักดิ์ ใจดี", MemberRole.CDD_VOLUNTEER_LEADER, "24", "2401", "240104", "24010403", "t-1", "m-1"));
    }

    @Test
    void anOfficialWithoutAVillageCaresAcrossTheTeamsArea() {
        var registered = (CarerRegistered) register(null, null, null, "t-1", "m-2").eventsOrThrow().getFirst();
        assertThat(registered.tambonCode()).isEqualTo("240104");
        assertThat(registered.villageCode()).isNull();
        var specialist = (CarerRegistered) register(null, null, "2401", "t-1", "m-3").eventsOrThrow().getFirst();
        assertThat(specialist.tambonCode()).isNull();
    }

    @Test
    void aMemberWhoLeftTheTeamCannotBecomeACarer() {
        team.addAll(Scenario.fold(Team::apply, team).decide(new ReplaceMember("m-2", "m-4", "อรุณี", null, TODAY), AREAS, TODAY)
                .eventsOrThrow());
        assertThat(refusal(register(null, null, null, "t-1", "m-2")).code()).isEqualTo("member-has-left");
        assertThat(refusal(register(null, null, null, "t-1", "m-9")).code()).isEqualTo("unknown-member");
    }

    @Test
    void aCommunityLeaderOutsideAnyTeamCaresInTheirVillage() {
        assertThat(register("ผู้ใหญ่บุญมา", MemberRole.COMMUNITY_LEADER, "24011505", null, null))
                .isInstanceOf(Decision.Accepted.class);
        assertThat(refusal(register("ผู้ใหญ่บุญมา", MemberRole.COMMUNITY_LEADER, "240115", null, null)).code())
                .isEqualTo("village-required");
    }

    /** Step 4 item 1: any official or community leader the guideline names may care, in a team or not. */
    @Test
    void anyOfficialOrLeaderTheGuidelineNamesMayCareOutsideATeam() {
        for (MemberRole official : List.of(MemberRole.TAMBON_CLERK, MemberRole.TAMBON_COORDINATOR,
                MemberRole.LOCAL_GOVERNMENT_OFFICER, MemberRole.NFE_TEACHER, MemberRole.AGRICULTURE_OFFICER,
                MemberRole.PUBLIC_HEALTH_OFFICER)) {
            assertThat(register("เจ้าหน้าที่", official, "240115", null, null)).as(official.name())
                    .isInstanceOf(Decision.Accepted.class);
        }
        for (MemberRole leader : List.of(MemberRole.CDD_VOLUNTEER_LEADER, MemberRole.WOMEN_LEADER,
                MemberRole.OCCUPATION_LEADER, MemberRole.CDD_VOLUNTEER)) {
            assertThat(register("ผู้นำ", leader, "24011505", null, null)).as(leader.name()).isInstanceOf(Decision.Accepted.class);
            assertThat(refusal(register("ผู้นำ", leader, "240115", null, null)).code()).isEqualTo("village-required");
        }
        assertThat(refusal(register("ไม่ระบุ", null, "24011505", null, null)))
                .extracting(Rejection::code, Rejection::field).containsExactly("role-required", "role");
    }

    @Test
    void aCarerCaresWithinTheTeamsAreaAndBelowProvinceLevel() {
        assertThat(refusal(register(null, null, "24011505", "t-1", "m-2")).code()).isEqualTo("area-outside-team");
        assertThat(refusal(register("ผู้ใหญ่บุญมา", MemberRole.COMMUNITY_LEADER, "24", null, null)).code())
                .isEqualTo("carer-area-level");
    }
}
