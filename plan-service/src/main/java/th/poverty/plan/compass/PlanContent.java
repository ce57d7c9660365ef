package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One version of a life compass (เข็มทิศชีวิต): the goals towards the three sufficiencies, the
 * household's capital and potential, the occupations open to it, the income it aims at, and
 * the activities of the three parts.
 *
 * @param targetAnnualIncomePerPersonThb the income per person per year the plan aims at, THB (optional)
 */
public record PlanContent(
        List<Goal> goals,
        List<Capital> capital,
        String potential,
        List<String> occupations,
        BigDecimal targetAnnualIncomePerPersonThb,
        List<Activity> activities) {

    static final PlanContent NONE = new PlanContent(List.of(), List.of(), null, List.of(), null, List.of());

    public PlanContent {
        goals = goals == null ? List.of() : List.copyOf(goals);
        capital = capital == null ? List.of() : List.copyOf(capital);
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
        activities = activities == null ? List.of() : List.copyOf(activities);
        targetAnnualIncomePerPersonThb = Baht.of(targetAnnualIncomePerPersonThb);
    }

    /** A goal and the sufficiency (พ) it leads to. */
    public record Goal(Sufficiency sufficiency, String description) {
    }

    /** Some of the household's capital, of one kind. */
    public record Capital(CapitalKind kind, String description) {
    }

    public Optional<Activity> activity(String activityId) {
        return activities.stream().filter(a -> activityId.equals(a.activityId())).findFirst();
    }

    PlanContent withActivities(List<Activity> numbered) {
        return new PlanContent(goals, capital, potential, occupations, targetAnnualIncomePerPersonThb, numbered);
    }
}
