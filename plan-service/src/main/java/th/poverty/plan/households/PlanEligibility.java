package th.poverty.plan.households;

/**
 * May a life-compass plan be drafted for this household? Only once step 1 has classified it
 * (group ก welfare or ข self-developing), and never after it was closed or left poverty.
 */
public final class PlanEligibility {

    private PlanEligibility() {
    }

    /** {@code code} names the refusal, stable for clients; null when eligible. */
    public record Verdict(boolean eligible, String code, String reason) {
    }

    public static Verdict of(String status) {
        return switch (status) {
            case "CLASSIFIED" -> new Verdict(true, null, "classified: a life compass may be drafted");
            case "CLOSED" -> new Verdict(false, "household-closed", "the household is closed");
            case "GRADUATED" -> new Verdict(false, "household-graduated", "the household has left poverty");
            default -> new Verdict(false, "household-not-classified",
                    "not classified yet: visit, assess (4 ท) and classify it first");
        };
    }
}
