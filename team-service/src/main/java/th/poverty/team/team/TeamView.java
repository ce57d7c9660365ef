package th.poverty.team.team;

import java.time.LocalDate;
import java.util.List;

import th.poverty.area.AreaView;
import th.poverty.area.AreaView.Place;
import th.poverty.area.Areas;
import th.poverty.domain.Label;

/** A team as the API shows it: its members now and before, with Thai and English labels. */
public record TeamView(
        String teamId,
        Label kind,
        String name,
        AreaView area,
        LocalDate formedOn,
        String compositionRule,
        List<MemberView> members,
        List<MemberView> formerMembers,
        long version) {

    public record MemberView(String memberId, String name, Label role, Place village, LocalDate joinedOn,
                             LocalDate leftOn) {
    }

    static TeamView of(Team team, long version, Areas areas) {
        return new TeamView(team.id(), team.kind().label(), team.name(), AreaView.of(team.area(), areas), team.formedOn(),
                TeamComposition.rule(team.kind()),
                team.members().stream().filter(Member::active).map(m -> member(m, areas)).toList(),
                team.members().stream().filter(m -> !m.active()).map(m -> member(m, areas)).toList(),
                version);
    }

    private static MemberView member(Member m, Areas areas) {
        return new MemberView(m.memberId(), m.name(), m.role().label(), AreaView.place(m.villageCode(), areas),
                m.joinedOn(), m.leftOn());
    }
}
