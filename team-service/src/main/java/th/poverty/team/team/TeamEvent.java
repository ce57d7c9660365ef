package th.poverty.team.team;

import java.time.LocalDate;

/** What happens to a team, in the domain's words; the why of each is its metadata's reason. */
public sealed interface TeamEvent {

    String teamId();

    /**
     * A team was formed for a tambon or a district; its first members join in the same step.
     *
     * @param tambonCode null for a district team
     */
    record TeamFormed(String teamId, TeamKind kind, String name, String provinceCode, String districtCode,
                      String tambonCode, LocalDate formedOn) implements TeamEvent {
    }

    /** @param villageCode the village a community leader stands for; null for officials without one */
    record TeamMemberJoined(String teamId, String memberId, String name, MemberRole role, String villageCode,
                            LocalDate joinedOn) implements TeamEvent {
    }

    record TeamMemberLeft(String teamId, String memberId, LocalDate leftOn) implements TeamEvent {
    }
}
