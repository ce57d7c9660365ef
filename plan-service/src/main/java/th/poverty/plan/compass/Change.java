package th.poverty.plan.compass;

/**
 * One difference between two versions of a plan.
 *
 * @param field  what changed: {@code potential}, {@code targetAnnualIncomePerPersonThb},
 *               {@code goals.WARM_FAMILY}, {@code capital.HUMAN}, {@code occupations},
 *               {@code activities[A3]} (the whole activity) or {@code activities[A3].dueOn}
 * @param before the value in the older version, null when added
 * @param after  the value in the newer version, null when removed
 */
public record Change(String field, Kind kind, String before, String after) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    static Change added(String field, String value) {
        return new Change(field, Kind.ADDED, null, value);
    }

    static Change removed(String field, String value) {
        return new Change(field, Kind.REMOVED, value, null);
    }

    static Change changed(String field, String before, String after) {
        return new Change(field, Kind.CHANGED, before, after);
    }
}
