package th.poverty.plan.compass;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one version of a plan to another, field by field. Goals, capital and
 * occupations compare as sets (their order means nothing); activities are matched by id, so
 * a changed due date shows as that, not as one activity removed and another added.
 */
public final class PlanChanges {

    private PlanChanges() {
    }

    public static List<Change> between(PlanContent before, PlanContent after) {
        List<Change> changes = new ArrayList<>();
        compare(changes, "potential", before.potential(), after.potential());
        compare(changes, "targetAnnualIncomePerPersonThb", plain(before.targetAnnualIncomePerPersonThb()),
                plain(after.targetAnnualIncomePerPersonThb()));
        asSets(changes, before.goals(), after.goals(), g -> "goals." + g.sufficiency(), PlanContent.Goal::description);
        asSets(changes, before.capital(), after.capital(), c -> "capital." + c.kind(), PlanContent.Capital::description);
        asSets(changes, before.occupations(), after.occupations(), o -> "occupations", Function.identity());
        activities(changes, before.activities(), after.activities());
        return changes;
    }

    private static <T> void asSets(List<Change> changes, List<T> before, List<T> after, Function<T, String> field,
                                   Function<T, String> value) {
        for (T item : before) {
            if (!after.contains(item)) {
                changes.add(Change.removed(field.apply(item), value.apply(item)));
            }
        }
        for (T item : after) {
            if (!before.contains(item)) {
                changes.add(Change.added(field.apply(item), value.apply(item)));
            }
        }
    }

    private static void activities(List<Change> changes, List<Activity> before, List<Activity> after) {
        Map<String, Activity> older = byId(before);
        Map<String, Activity> newer = byId(after);
        for (Activity gone : before) {
            if (!newer.containsKey(gone.activityId())) {
                changes.add(Change.removed(field(gone), summary(gone)));
            }
        }
        for (Activity now : after) {
            Activity then = older.get(now.activityId());
            if (then == null) {
                changes.add(Change.added(field(now), summary(now)));
                continue;
            }
            String f = field(now);
            compare(changes, f + ".part", name(then.part()), name(now.part()));
            compare(changes, f + ".kind", name(then.kind()), name(now.kind()));
            compare(changes, f + ".description", then.description(), now.description());
            compare(changes, f + ".agency", then.agency(), now.agency());
            compare(changes, f + ".help", then.help(), now.help());
            compare(changes, f + ".dueOn", text(then.dueOn()), text(now.dueOn()));
            compare(changes, f + ".budgetThb", plain(then.budgetThb()), plain(now.budgetThb()));
        }
    }

    private static void compare(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(before == null ? Change.added(field, after)
                    : after == null ? Change.removed(field, before) : Change.changed(field, before, after));
        }
    }

    private static Map<String, Activity> byId(List<Activity> activities) {
        Map<String, Activity> byId = new LinkedHashMap<>();
        activities.forEach(a -> byId.put(a.activityId(), a));
        return byId;
    }

    private static String field(Activity activity) {
        return "activities[" + activity.activityId() + "]";
    }

    private static String summary(Activity activity) {
        return activity.part() + (activity.kind() == null ? "" : "/" + activity.kind()) + ": " + activity.description();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
