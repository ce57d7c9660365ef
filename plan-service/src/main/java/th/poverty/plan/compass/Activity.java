package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An activity of the plan, in one of the three parts. An agency activity names the agency and
 * the help it gives. {@code dueOn} is a target and may lie ahead.
 *
 * @param activityId "A1", "A2", … given by the plan when the activity is first written; never reused
 * @param kind       one of the part's usual activities, or null for another one
 * @param budgetThb  what the activity is expected to cost, THB (optional)
 */
public record Activity(
        String activityId,
        ActivityPart part,
        ActivityKind kind,
        String description,
        String agency,
        String help,
        LocalDate dueOn,
        BigDecimal budgetThb) {

    private static final String PREFIX = "A";

    public Activity {
        budgetThb = Baht.of(budgetThb);
    }

    static String idFor(int number) {
        return PREFIX + number;
    }

    /** The number in an id this plan gave out, 0 for any other. */
    static int numberOf(String activityId) {
        if (activityId == null || !activityId.startsWith(PREFIX)) {
            return 0;
        }
        try {
            return Integer.parseInt(activityId.substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    Activity withId(String id) {
        return new Activity(id, part, kind, description, agency, help, dueOn, budgetThb);
    }
}
