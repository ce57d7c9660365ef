package th.poverty.plan.households;

import java.util.ArrayList;
import java.util.List;

/**
 * May a life-compass plan be drafted for this household? Step 1 comes first (guideline items
 * 7-8): the household is classified (group ก welfare or ข self-developing), the causes of its
 * poverty are recorded in its Family Folder, and it has acknowledged them. Never after it was
 * closed or left poverty.
 */
public final class PlanEligibility {

    private PlanEligibility() {
    }

    /** A step still missing: {@code code} is stable for clients. */
    public record Missing(String code, String reason) {
    }

    /** {@code code} names the first refusal, null when eligible; {@code missing} every step still to take. */
    public record Verdict(boolean eligible, String code, String reason, List<Missing> missing) {
    }

    public static Verdict of(PlanHousehold household) {
        switch (household.status()) {
            case "CLOSED" -> {
                return refused(List.of(new Missing("household-closed", "the household is closed")));
            }
            case "GRADUATED" -> {
                return refused(List.of(new Missing("household-graduated", "the household has left poverty")));
            }
            default -> {
                // a household goes on below
            }
        }
        List<Missing> missing = new ArrayList<>();
        if (!"CLASSIFIED".equals(household.status())) {
            missing.add(new Missing("household-not-classified",
                    "not classified yet: visit, assess (4 ท) and classify it first"));
        }
        if (!household.causesRecorded()) {
            missing.add(new Missing("causes-not-recorded",
                    "the causes of its poverty are not recorded in its Family Folder"));
        } else if (!household.causesAcknowledged()) {
            missing.add(new Missing("causes-not-acknowledged",
                    "the household has not acknowledged the causes recorded in its Family Folder"));
        }
        return missing.isEmpty()
                ? new Verdict(true, null, "step 1 done: a life compass may be drafted", List.of())
                : refused(missing);
    }

    private static Verdict refused(List<Missing> missing) {
        return new Verdict(false, missing.getFirst().code(),
                String.join("; ", missing.stream().map(Missing::reason).toList()), List.copyOf(missing));
    }
}
