package th.poverty.team.team;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.team.team.FormingATeamTest.AREAS;
import static th.poverty.team.team.FormingATeamTest.COORDINATOR;
import static th.poverty.team.team.FormingATeamTest.FORMED;
import static th.poverty.team.team.FormingATeamTest.KHLONG_NA;
import static th.poverty.team.team.FormingATeamTest.KHLONG_NA_VILLAGE;
import static th.poverty.team.team.FormingATeamTest.LEADER;
import static th.poverty.team.team.FormingATeamTest.SPECIALIST;
import static th.poverty.team.team.FormingATeamTest.TODAY;

import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.domain.Rejection;
import th.poverty.team.team.FormTeam.NewMember;
import th.poverty.team.team.TeamCommand.AddMember;
import th.poverty.team.team.TeamCommand.RemoveMember;
import th.poverty.team.team.TeamCommand.ReplaceMember;
import th.poverty.team.team.TeamEvent.TeamMemberJoined;
import th.poverty.team.team.TeamEvent.TeamMemberLeft;
import th.poverty.testing.Scenario;

/** Given a formed team, when members join, leave or hand over, then its composition still holds. */
class ChangingTeamMembersTest {

    private static final NewMember CLERK = new NewMember("c-1", "ปลัดสมบัติ", MemberRole.TAMBON_CLERK, null);
    private static final NewMember HEADMAN = new NewMember("c-2", "ผู้ใหญ่บุญมา", MemberRole.COMMUNITY_LEADER, KHLONG_NA_VILLAGE);

    private final Scenario<Team, TeamCommand, TeamEvent> team =
            Scenario.of(Team::apply, (team, command) -> team.decide(command, AREAS, TODAY));

    private ChangingTeamMembersTest given(TeamKind kind, NewMember... members) {
        team.given(Team.form(new FormTeam("t-1", kind, "ทีม", KHLONG_NA, FORMED, List.of(members)), AREAS, TODAY)
                .eventsOrThrow());
        return this;
    }

    private Scenario.Then<TeamEvent> when(TeamCommand command) {
        return team.when(command);
    }

    private static Rejection refusal(Scenario.Then<TeamEvent> then) {
        return then.rejection();
    }

    @Test
    void aFourthMemberCannotJoinASmileTeam() {
        given(TeamKind.SMILE_TEAM, LEADER, COORDINATOR, SPECIALIST);

        var refusal = refusal(when(new AddMember("m-9", "สมหมาย", MemberRole.AGENCY_STAFF, null, TODAY)));
        assertThat(refusal.kind()).isEqualTo(Rejection.Kind.RULE);
        assertThat(refusal.code()).isEqualTo("team-composition");
    }

    @Test
    void aSmileTeamMemberWhoLeavesIsReplacedInTheSameStep() {
        given(TeamKind.SMILE_TEAM, LEADER, COORDINATOR, SPECIALIST);

        assertThat(refusal(when(new RemoveMember("m-2", TODAY))).message()).contains("replace the member instead");

        var events = when(new ReplaceMember("m-2", "m-8", "อรุณี พัฒนากรใหม่", null, TODAY)).events();
        assertThat(events).containsExactly(new TeamMemberLeft("t-1", "m-2", TODAY),
                new TeamMemberJoined("t-1", "m-8", "อรุณี พัฒนากรใหม่", MemberRole.TAMBON_COORDINATOR, null, TODAY));
        var after = team.given(events).state();
        assertThat(after.members().stream().filter(Member::active).map(Member::name))
                .containsExactlyInAnyOrder("สมศักดิ์ ใจดี", "อรุณี พัฒนากรใหม่", "ประเสริฐ แก้จน");
        assertThat(after.member("m-2").orElseThrow().leftOn()).isEqualTo(TODAY);
    }

    @Test
    void anOperationsTeamTakesMembersAndLetsThemGoWhileItKeepsAnOfficialAndALeader() {
        given(TeamKind.OPERATIONS_TEAM, CLERK, HEADMAN);

        team.and(new AddMember("c-3", "ครูสุดา", MemberRole.NFE_TEACHER, null, TODAY));
        team.and(new RemoveMember("c-3", TODAY));

        assertThat(refusal(when(new RemoveMember("c-2", TODAY))).message()).contains("no community leader");
        assertThat(refusal(when(new RemoveMember("c-1", TODAY))).message()).contains("no official");
        team.and(new AddMember("c-4", "ปลัดคนที่สอง", MemberRole.TAMBON_CLERK, null, TODAY));
        team.and(new RemoveMember("c-1", TODAY));
    }

    @Test
    void aMemberLeavesOnceAndNotBeforeJoining() {
        given(TeamKind.OPERATIONS_TEAM, CLERK, HEADMAN);
        team.and(new AddMember("c-3", "ครูสุดา", MemberRole.NFE_TEACHER, null, TODAY));

        assertThat(refusal(when(new RemoveMember("c-3", TODAY.minusDays(1)))).code()).isEqualTo("date-too-early");
        assertThat(refusal(when(new RemoveMember("c-3", TODAY.plusDays(1)))).code()).isEqualTo("date-in-future");
        team.and(new RemoveMember("c-3", TODAY));
        assertThat(refusal(when(new RemoveMember("c-3", TODAY))).code()).isEqualTo("member-already-left");
        assertThat(refusal(when(new RemoveMember("nobody", TODAY))).code()).isEqualTo("unknown-member");
    }

    @Test
    void aJoiningLeaderStandsForAVillageOfTheTeamsArea() {
        given(TeamKind.OPERATIONS_TEAM, CLERK, HEADMAN);

        assertThat(refusal(when(new AddMember("c-5", "ผู้ใหญ่ใหม่", MemberRole.COMMUNITY_LEADER, null, TODAY))).code())
                .isEqualTo("village-required");
        assertThat(refusal(when(new AddMember("c-5", "ผู้ใหญ่ใหม่", MemberRole.COMMUNITY_LEADER, "24011505", TODAY))).code())
                .isEqualTo("village-outside-team-area");
        assertThat(refusal(when(new AddMember("c-5", "ผู้ใหญ่ใหม่", MemberRole.COMMUNITY_LEADER, "24010405",
                FORMED.minusDays(1)))).code()).isEqualTo("date-too-early");
    }
}
