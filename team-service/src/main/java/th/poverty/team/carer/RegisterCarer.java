package th.poverty.team.carer;

import th.poverty.team.team.MemberRole;

/**
 * Registers a carer: a member of a team (teamId and memberId; name and role come from the
 * membership) or a community leader outside any team (name, role, the village they stand for).
 *
 * @param areaCode where they care; for a team member it defaults to their village, else the team's area
 */
public record RegisterCarer(String carerId, String name, MemberRole role, String areaCode, String teamId,
                            String memberId) {
}
