package th.poverty.team.team;

import java.time.LocalDate;
import java.util.List;

/** Forms a team for a tambon or a district with its first members; the ids are new, chosen by the caller. */
public record FormTeam(String teamId, TeamKind kind, String name, String areaCode, LocalDate formedOn,
                       List<NewMember> members) {

    public FormTeam {
        members = List.copyOf(members);
    }

    public record NewMember(String memberId, String name, MemberRole role, String villageCode) {
    }
}
