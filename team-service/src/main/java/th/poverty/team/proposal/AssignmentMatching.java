package th.poverty.team.proposal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;


/**
 * Proposes carers for households waiting for one: a carer of the same village first, then of the
 * same tambon; among carers equally close, the one caring for the fewest households (then the
 * lowest id, so the same state always gives the same proposal). No carer is proposed beyond
 * the cap in force in the carer's province. A proposal is reviewed by people before it is confirmed.
 */
public final class AssignmentMatching {

    private AssignmentMatching() {
    }

    /** A household waiting for a carer. */
    public record Waiting(String householdId, String villageCode, String tambonCode) {
    }

    /** A carer with room; {@code villageCode} is null for one who cares tambon-wide. */
    /** @param cap the most households the carer may care for: its province's cap in force */
    public record Available(String carerId, String villageCode, String tambonCode, int caredFor, int cap) {
    }

    public record Match(String householdId, String carerId, MatchLevel level) {
    }

    public record Result(List<Match> matches, List<String> unmatched) {
    }

    /** @param households in the order they should be served: the longest waiting first */
    public static Result match(List<Waiting> households, List<Available> carers) {
        Map<String, Integer> load = new HashMap<>();
        carers.forEach(c -> load.put(c.carerId(), c.caredFor()));
        List<Match> matches = new ArrayList<>();
        List<Waiting> remaining = households;
        for (MatchLevel level : MatchLevel.values()) {
            List<Waiting> unserved = new ArrayList<>();
            for (Waiting household : remaining) {
                Optional<Available> carer = carers.stream()
                        .filter(c -> close(c, household, level) && load.get(c.carerId()) < c.cap())
                        .min(Comparator.<Available>comparingInt(c -> load.get(c.carerId())).thenComparing(Available::carerId));
                if (carer.isPresent()) {
                    load.merge(carer.get().carerId(), 1, Integer::sum);
                    matches.add(new Match(household.householdId(), carer.get().carerId(), level));
                } else {
                    unserved.add(household);
                }
            }
            remaining = unserved;
        }
        return new Result(matches, remaining.stream().map(Waiting::householdId).toList());
    }

    private static boolean close(Available carer, Waiting household, MatchLevel level) {
        return switch (level) {
            case SAME_VILLAGE -> Objects.equals(carer.villageCode(), household.villageCode());
            case SAME_TAMBON -> Objects.equals(carer.tambonCode(), household.tambonCode());
        };
    }
}
