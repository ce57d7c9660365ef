package th.poverty.plan.compass;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import th.poverty.domain.FactDate;
import th.poverty.domain.Rejection;

/**
 * What every version of a plan must be, whether drafted or revised: goals towards all three
 * sufficiencies (๓ พ), at least one activity, each in one of the three parts and of a kind of
 * that part, an agency activity naming the agency and its help, and no negative money.
 */
final class PlanContentRules {

    private PlanContentRules() {
    }

    /** Why {@code proposed} cannot follow {@code current}, or null when it can. */
    /** How far ahead an activity's target date may lie: a life compass plans for the coming years, not decades. */
    static final Period HORIZON = Period.ofYears(5);

    static Rejection violation(PlanContent proposed, PlanContent current, LocalDate today) {
        Set<Sufficiency> missing = EnumSet.allOf(Sufficiency.class);
        proposed.goals().forEach(goal -> missing.remove(goal.sufficiency()));
        if (!missing.isEmpty()) {
            Sufficiency first = missing.iterator().next();
            return Rejection.invalid("goals", "sufficiency-without-goal", "No goal leads to " + first.labelTh() + " ("
                    + first.labelEn() + "): a life compass aims at all three sufficiencies (๓ พ)");
        }
        if (Baht.negative(proposed.targetAnnualIncomePerPersonThb())) {
            return negative("targetAnnualIncomePerPersonThb");
        }
        if (proposed.activities().isEmpty()) {
            return Rejection.invalid("activities", "no-activities",
                    "A life compass needs at least one activity in its three parts");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < proposed.activities().size(); i++) {
            Rejection wrong = violation(proposed.activities().get(i), "activities[" + i + "]", current, ids, today);
            if (wrong != null) {
                return wrong;
            }
        }
        return null;
    }

    private static Rejection violation(Activity activity, String field, PlanContent current, Set<String> ids,
                                       LocalDate today) {
        if (activity.part() == null) {
            return Rejection.invalid(field + ".part", "activity-outside-the-parts",
                    "Every activity belongs to one of the three parts: ครัวเรือน (HOUSEHOLD), ชุมชน (COMMUNITY), หน่วยงาน (AGENCY)");
        }
        if (activity.kind() != null && activity.kind().part() != activity.part()) {
            return Rejection.invalid(field + ".kind", "activity-outside-its-part", activity.kind() + " ("
                    + activity.kind().labelTh() + ") belongs to the part " + activity.kind().part().labelTh()
                    + ", not " + activity.part().labelTh());
        }
        if (isBlank(activity.description())) {
            return Rejection.invalid(field + ".description", "description-required", "Say what the activity is");
        }
        if (activity.part() == ActivityPart.AGENCY && (isBlank(activity.agency()) || isBlank(activity.help()))) {
            return Rejection.invalid(field + (isBlank(activity.agency()) ? ".agency" : ".help"), "agency-activity-incomplete",
                    "An agency activity names the agency and the help it gives");
        }
        if (Baht.negative(activity.budgetThb())) {
            return negative(field + ".budgetThb");
        }
        if (activity.dueOn() != null) {
            var wrongDate = FactDate.targetProblem(field + ".dueOn", activity.dueOn(), today, HORIZON);
            if (wrongDate.isPresent()) {
                return wrongDate.get();
            }
        }
        if (activity.activityId() != null) {
            if (current.activity(activity.activityId()).isEmpty()) {
                return Rejection.invalid(field + ".activityId", "unknown-activity", "Activity " + activity.activityId()
                        + " is not in the current version; leave activityId out for a new activity");
            }
            if (!ids.add(activity.activityId())) {
                return Rejection.invalid(field + ".activityId", "duplicate-activity",
                        "Activity " + activity.activityId() + " appears twice");
            }
        }
        return null;
    }

    /** Gives each new activity (one without an id) the next number; ids are never reused. */
    static PlanContent numbered(PlanContent content, int alreadyNumbered) {
        int next = alreadyNumbered;
        List<Activity> numbered = new ArrayList<>(content.activities().size());
        for (Activity activity : content.activities()) {
            numbered.add(activity.activityId() != null ? activity : activity.withId(Activity.idFor(++next)));
        }
        return content.withActivities(numbered);
    }

    /** The highest activity number a content holds, at least {@code alreadyNumbered}. */
    static int highestNumber(PlanContent content, int alreadyNumbered) {
        int highest = alreadyNumbered;
        for (Activity activity : content.activities()) {
            highest = Math.max(highest, Activity.numberOf(activity.activityId()));
        }
        return highest;
    }

    static Rejection negative(String field) {
        return Rejection.invalid(field, "negative-amount", field + " is an amount of money and cannot be negative");
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
