package th.poverty.household.review;

import java.util.List;
import java.util.Map;

import th.poverty.household.HouseholdStatus;

/**
 * A village's households as the read model has them when its review is held: the status of each
 * (closed and dismissed ones left out) and those that left poverty in the fiscal year reviewed.
 */
public record VillageHouseholds(Map<String, HouseholdStatus> statuses, List<String> graduatedInYear) {

    public VillageHouseholds {
        statuses = Map.copyOf(statuses);
        graduatedInYear = List.copyOf(graduatedInYear);
    }

    /** Verified households still working their way out of poverty: each is carried over or leaves. */
    List<String> inProgramme() {
        return statuses.entrySet().stream()
                .filter(e -> e.getValue() != HouseholdStatus.CANDIDATE && e.getValue() != HouseholdStatus.GRADUATED)
                .map(Map.Entry::getKey).sorted().toList();
    }
}
