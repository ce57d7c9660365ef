package th.poverty.plan.households;

/**
 * May a life-compass plan be drafted for this household? Only once step 1 has classified it
 * (group ก welfare or ข self-developing), and never after it was closed or left poverty.
 */
public final class PlanEligibility {

    private PlanEligibility() {
    }

    public record Verdict(boolean eligible, String reason) {
    }

    public static Verdict of(String status) {
        return switch (status) {
            case "CLASSIFIED" -> new Verdict(true, "classified: a life compass may be drafted");
            case "CLOSED" -> new Verdict(false, "the household is closed");
            case "GRADUATED" -> new Verdict(false, "the household has left poverty");
            default -> new Verdict(false, "not classified yet: visit, assess (4 ท) and classify it first");
        };
    }
}
