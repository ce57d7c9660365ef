package th.poverty.team.team;

import java.time.LocalDate;

/** What district and provincial offices ask of a formed team. */
public sealed interface TeamCommand {

    /** Someone joins; {@code memberId} is new, chosen by the caller. */
    record AddMember(String memberId, String name, MemberRole role, String villageCode, LocalDate joinedOn)
            implements TeamCommand {
    }

    record RemoveMember(String memberId, LocalDate leftOn) implements TeamCommand {
    }

    /** One member hands over to a successor in the same role on the same day: how a Smile Team stays whole. */
    record ReplaceMember(String memberId, String successorId, String successorName, String successorVillageCode,
                         LocalDate on) implements TeamCommand {
    }
}
