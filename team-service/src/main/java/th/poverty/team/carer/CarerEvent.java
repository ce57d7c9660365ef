package th.poverty.team.carer;

import java.time.LocalDate;
import java.util.UUID;

import th.poverty.domain.FreeText;

import th.poverty.team.team.MemberRole;

/**
 * What happens to a carer, in the domain's words. A carer's stream holds the households it
 * cares for, so every assignment to one carer is appended to one stream, in order.
 */
public sealed interface CarerEvent {

    String carerId();

    /**
     * Someone took on caring: a team member (teamId, memberId) or a community leader (both null).
     * The area is where they care: a village, a tambon or a district (lower codes null).
     */
    record CarerRegistered(String carerId, String name, MemberRole role, String provinceCode, String districtCode,
                           String tambonCode, String villageCode, String teamId, String memberId) implements CarerEvent {
    }

    /**
     * The carer takes responsibility for a household; {@code proposalId} names the proposal it
     * confirmed, if any; {@code cap} is the province's cap it was decided under (absent from
     * assignments made before provinces could set one, when it was three).
     */
    record CarerAssigned(String carerId, String householdId, String provinceCode, String districtCode, String tambonCode,
                         String villageCode, LocalDate assignedOn, UUID proposalId, Integer cap) implements CarerEvent {
    }

    record CarerReleased(String carerId, String householdId, LocalDate releasedOn, ReleaseReason release)
            implements CarerEvent {
    }

    /**
     * Continuity of care (seed 000): the carer visited the household on {@code visitedOn}, saw
     * what {@code seen} says, and will come again by {@code nextVisitDue}.
     */
    record CareVisitRecorded(String carerId, String householdId, LocalDate visitedOn, @FreeText String seen,
                             LocalDate nextVisitDue) implements CarerEvent {
    }

    /** The person who signs in as {@code account} (an identity provider's subject) is this carer: "my households" are theirs. */
    record CarerAccountLinked(String carerId, String account) implements CarerEvent {
    }
}
