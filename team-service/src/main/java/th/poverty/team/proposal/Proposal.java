package th.poverty.team.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A reviewed-before-confirmed draft of assignments for an area. It is not an event stream: only
 * its confirmation changes care, as CarerAssigned events naming it.
 */
public record Proposal(
        UUID proposalId,
        String areaCode,
        Status status,
        String proposedBy,
        Instant proposedAt,
        List<ProposedCarer> matches,
        List<Unmatched> unmatched,
        String confirmedBy,
        Instant confirmedAt,
        Outcome outcome) {

    public enum Status { DRAFT, CONFIRMED }

    /** A household and the carer proposed for it, as they were when the proposal was drafted. */
    public record ProposedCarer(String householdId, String villageCode, String carerId, String carerName,
                                MatchLevel match) {
    }

    /** A household no carer close enough had room for. */
    public record Unmatched(String householdId, String villageCode) {
    }

    /** What confirming did: every confirmation obeys the care rules on the state at that moment. */
    public record Outcome(List<String> assigned, List<Refusal> refused, List<String> excluded) {
    }

    public record Refusal(String householdId, String carerId, String type, String detail) {
    }
}
