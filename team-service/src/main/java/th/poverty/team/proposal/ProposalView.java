package th.poverty.team.proposal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import th.poverty.area.AreaView;
import th.poverty.area.AreaView.Place;
import th.poverty.area.Areas;
import th.poverty.domain.Label;
import th.poverty.team.proposal.Proposal.Outcome;

/** A proposal as reviewers see it: each household with its proposed carer and how close they live. */
public record ProposalView(
        UUID proposalId,
        Place area,
        String status,
        String proposedBy,
        Instant proposedAt,
        List<MatchView> matches,
        List<UnmatchedView> unmatched,
        String confirmedBy,
        Instant confirmedAt,
        Outcome outcome) {

    public record MatchView(String householdId, Place village, String carerId, String carerName, Label match) {
    }

    public record UnmatchedView(String householdId, Place village) {
    }

    static ProposalView of(Proposal p, Areas areas) {
        return new ProposalView(p.proposalId(), AreaView.place(p.areaCode(), areas), p.status().name(), p.proposedBy(),
                p.proposedAt(),
                p.matches().stream().map(m -> new MatchView(m.householdId(), AreaView.place(m.villageCode(), areas),
                        m.carerId(), m.carerName(), m.match().label())).toList(),
                p.unmatched().stream().map(u -> new UnmatchedView(u.householdId(), AreaView.place(u.villageCode(), areas)))
                        .toList(),
                p.confirmedBy(), p.confirmedAt(), p.outcome());
    }
}
