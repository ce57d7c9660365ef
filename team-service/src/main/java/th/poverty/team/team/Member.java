package th.poverty.team.team;

import java.time.LocalDate;

/**
 * A person's membership of a team: their name (they act in an official or volunteer capacity),
 * role, the village a community leader stands for, and when they joined and left.
 */
public record Member(String memberId, String name, MemberRole role, String villageCode, LocalDate joinedOn,
                     LocalDate leftOn) {

    public boolean active() {
        return leftOn == null;
    }

    Member leaving(LocalDate on) {
        return new Member(memberId, name, role, villageCode, joinedOn, on);
    }
}
