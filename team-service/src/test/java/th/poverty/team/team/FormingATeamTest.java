package th.poverty.team.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.area.Areas;
import th.poverty.domain.Decision;
import th.poverty.domain.Rejection;
import th.poverty.team.team.FormTeam.NewMember;
import th.poverty.team.team.TeamEvent.TeamFormed;
import th.poverty.team.team.TeamEvent.TeamMemberJoined;
import th.poverty.testing.Scenario;

/** When a team is formed, then these events or this refusal: each team kind's composition rule. */
class FormingATeamTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final LocalDate FORMED = LocalDate.of(2026, 9, 1);
    static final Areas AREAS = Areas.thailand();
    static final String KHLONG_NA = "240104";
    static final String KHLONG_NA_VILLAGE = "24010403";

    static final NewMember LEADER = new NewMember("m-1", "สมศักดิ์ ใจดี", MemberRole.CDD_VOLUNTEER_LEADER, KHLONG_NA_VILLAGE);
    static final NewMember COORDINATOR = new NewMember("m-2", "วิไลวรรณ พัฒนา", MemberRole.TAMBON_COORDINATOR, null);
    static final NewMember SPECIALIST = new NewMember("m-3", "ประเสริฐ แก้จน", MemberRole.DISTRICT_POVERTY_SPECIALIST, null);

    static Decision<TeamEvent> form(TeamKind kind, String area, NewMember... members) {
        return Team.form(new FormTeam("t-1", kind, "Smile Team คลองนา", area, FORMED, List.of(members)), AREAS, TODAY);
    }

    static Rejection refusal(Decision<TeamEvent> decision) {
        assertThat(decision).isInstanceOf(Decision.Rejected.class);
        return ((Decision.Rejected<TeamEvent>) decision).rejection();
    }

    @Test
    void aSmileTeamOfALeaderACoordinatorAndASpecialistIsFormedWithItsMembers() {
        var events = form(TeamKind.SMILE_TEAM, KHLONG_NA, LEADER, COORDINATOR, SPECIALIST).eventsOrThrow();

        assertThat(events).containsExactly(
                new TeamFormed("t-1", TeamKind.SMILE_TEAM, "Smile Team คลองนา", "24", "2401", KHLONG_NA, FORMED),
                new TeamMemberJoined("t-1", "m-1", "สมศักดิ์ ใจดี", MemberRole.CDD_VOLUNTEER_LEADER, KHLONG_NA_VILLAGE, FORMED),
                new TeamMemberJoined("t-1", "m-2", "วิไลวรรณ พัฒนา", MemberRole.TAMBON_COORDINATOR, null, FORMED),
                new TeamMemberJoined("t-1", "m-3", "ประเสริฐ แก้จน", MemberRole.DISTRICT_POVERTY_SPECIALIST, null, FORMED));
        assertThat(Scenario.fold(Team::apply, events).members()).hasSize(3).allMatch(Member::active);
    }

    @Test
    void aSmileTeamWithoutItsSpecialistIsRefused() {
        var refusal = refusal(form(TeamKind.SMILE_TEAM, KHLONG_NA, LEADER, COORDINATOR));

        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.INVALID);
        assertThat(refusal.code()).isEqualTo("team-composition");
        assertThat(refusal.field()).isEqualTo("members");
        assertThat(refusal.message()).contains("0 ผู้เชี่ยวชาญ");
    }

    @Test
    void aSmileTeamOfFourIsRefused() {
        var second = new NewMember("m-4", "มานพ สองคน", MemberRole.TAMBON_COORDINATOR, null);
        assertThat(refusal(form(TeamKind.SMILE_TEAM, KHLONG_NA, LEADER, COORDINATOR, SPECIALIST, second)).code())
                .isEqualTo("team-composition");
        var clerk = new NewMember("m-5", "ปลัดสมบัติ", MemberRole.TAMBON_CLERK, null);
        assertThat(refusal(form(TeamKind.SMILE_TEAM, KHLONG_NA, LEADER, COORDINATOR, SPECIALIST, clerk)).message())
                .contains("not a Smile Team role");
    }

    /** The guideline lists the door-knocking team's members "for example": officials and community leaders together. */
    @Test
    void anOperationsTeamBringsOfficialsAndCommunityLeadersTogether() {
        var clerk = new NewMember("m-5", "ปลัดสมบัติ", MemberRole.TAMBON_CLERK, null);
        var secondClerk = new NewMember("m-8", "ปลัดสมหญิง", MemberRole.TAMBON_CLERK, null);
        var headman = new NewMember("m-6", "ผู้ใหญ่บุญมา", MemberRole.COMMUNITY_LEADER, KHLONG_NA_VILLAGE);
        var womenLeader = new NewMember("m-9", "แม่บ้านมาลี", MemberRole.WOMEN_LEADER, KHLONG_NA_VILLAGE);
        var teacher = new NewMember("m-7", "ครูสุดา", MemberRole.NFE_TEACHER, null);

        assertThat(form(TeamKind.OPERATIONS_TEAM, KHLONG_NA, clerk, headman, teacher, COORDINATOR).eventsOrThrow()).hasSize(5);
        assertThat(form(TeamKind.OPERATIONS_TEAM, KHLONG_NA, teacher, womenLeader).eventsOrThrow()).hasSize(3);
        assertThat(form(TeamKind.OPERATIONS_TEAM, KHLONG_NA, clerk, secondClerk, headman).eventsOrThrow()).hasSize(4);
        assertThat(refusal(form(TeamKind.OPERATIONS_TEAM, KHLONG_NA, headman, womenLeader)).message()).contains("no official");
        assertThat(refusal(form(TeamKind.OPERATIONS_TEAM, KHLONG_NA, clerk, teacher)).message()).contains("no community leader");
    }

    @Test
    void aCommunityLeaderStandsForAVillageOfTheTeamsArea() {
        var noVillage = new NewMember("m-1", "สมศักดิ์ ใจดี", MemberRole.CDD_VOLUNTEER_LEADER, null);
        assertThat(refusal(form(TeamKind.SMILE_TEAM, KHLONG_NA, noVillage, COORDINATOR, SPECIALIST)))
                .extracting(Rejection::code, Rejection::field).containsExactly("village-required", "members[0].villageCode");

        var elsewhere = new NewMember("m-1", "สมศักดิ์ ใจดี", MemberRole.CDD_VOLUNTEER_LEADER, "24021004");
        assertThat(refusal(form(TeamKind.SMILE_TEAM, KHLONG_NA, elsewhere, COORDINATOR, SPECIALIST)).code())
                .isEqualTo("village-outside-team-area");
    }

    @Test
    void aTeamWorksForATambonOrADistrict() {
        assertThat(form(TeamKind.SMILE_TEAM, "2401", LEADER, COORDINATOR, SPECIALIST)).isInstanceOf(Decision.Accepted.class);
        assertThat(refusal(form(TeamKind.SMILE_TEAM, "24", LEADER, COORDINATOR, SPECIALIST)).code()).isEqualTo("team-area-level");
        assertThat(refusal(form(TeamKind.SMILE_TEAM, "999999", LEADER, COORDINATOR, SPECIALIST)).code()).isEqualTo("unknown-area");
    }

    @Test
    void aTeamOfASubdistrictWorksInItsDistrict() {
        // ต.ก้อนแก้ว (241101) belongs to อ.คลองเขื่อน (2411)
        var leader = new NewMember("m-1", "สมศักดิ์ ใจดี", MemberRole.CDD_VOLUNTEER_LEADER, "24110101");
        var formed = (TeamFormed) form(TeamKind.SMILE_TEAM, "241101", leader, COORDINATOR, SPECIALIST).eventsOrThrow().getFirst();
        assertThat(formed.districtCode()).isEqualTo("2411");
    }

    @Test
    void aTeamIsNotFormedInTheFuture() {
        var decision = Team.form(new FormTeam("t-1", TeamKind.SMILE_TEAM, "x", KHLONG_NA, TODAY.plusDays(1),
                List.of(LEADER, COORDINATOR, SPECIALIST)), AREAS, TODAY);
        assertThat(refusal(decision).code()).isEqualTo("date-in-future");
    }

    @Test
    void aTeamIsNotFormedBeforeTheProgrammeBegan() {
        var decision = Team.form(new FormTeam("t-1", TeamKind.SMILE_TEAM, "x", KHLONG_NA, LocalDate.of(2010, 12, 31),
                List.of(LEADER, COORDINATOR, SPECIALIST)), AREAS, TODAY);
        assertThat(refusal(decision).code()).isEqualTo("date-before-programme");
    }
}
