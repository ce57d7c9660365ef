package th.poverty.reporting.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import th.poverty.area.AreaPath;

import th.poverty.reporting.rollup.RollUp;
import th.poverty.reporting.rollup.RollUp.CountedArea;

/**
 * The daily changes to every area's measures that turn one history of a household (or carer)
 * into another: what an event (or a whole replay, from no history at all) does to the roll-up.
 * A household that moved leaves its old areas and joins the new ones on the day it moved;
 * areas both have in common see no change.
 */
public final class AreaChanges {

    private record Counter(String areaCode, String parentCode, String measure) {
    }

    /** A change of a measure of an area path's households (or carers) on a day, before it is rolled up. */
    public record PathChange(AreaPath path, String measure, LocalDate day, long delta) {
    }

    private record PathCounter(AreaPath path, String measure) {
    }

    private AreaChanges() {
    }

    public static List<AreaChange> between(NavigableMap<LocalDate, Contribution> before,
                                           NavigableMap<LocalDate, Contribution> after) {
        List<AreaChange> changes = new ArrayList<>();
        daily(before, after, AreaChanges::expand, (counter, day, delta) -> changes.add(
                new AreaChange(counter.areaCode(), counter.parentCode(), counter.measure(), day, delta)));
        return changes;
    }

    /**
     * {@link #between}, per area path instead of per rolled-up area: a rebuild sums millions of
     * these first and rolls up the sums ({@link #rolledUp}), which gives the same changes.
     */
    public static List<PathChange> atPaths(NavigableMap<LocalDate, Contribution> before,
                                           NavigableMap<LocalDate, Contribution> after) {
        List<PathChange> changes = new ArrayList<>();
        daily(before, after, AreaChanges::onPath, (counter, day, delta) -> changes.add(
                new PathChange(counter.path(), counter.measure(), day, delta)));
        return changes;
    }

    private interface Delta<K> {
        void on(K counter, LocalDate day, long delta);
    }

    /**
     * On each day either history changes, what each counter gains or loses that day by
     * {@code after} instead of {@code before}.
     */
    private static <K> void daily(NavigableMap<LocalDate, Contribution> before, NavigableMap<LocalDate, Contribution> after,
                                  Function<Contribution, Map<K, Long>> counted, Delta<K> delta) {
        TreeSet<LocalDate> days = new TreeSet<>(before.keySet());
        days.addAll(after.keySet());
        Map<K, Long> previous = Map.of();
        for (LocalDate day : days) {
            Map<K, Long> difference = counted.apply(at(after, day));
            counted.apply(at(before, day)).forEach((counter, value) -> difference.merge(counter, -value, Long::sum));
            Set<K> counters = new HashSet<>(difference.keySet());
            counters.addAll(previous.keySet());
            for (K counter : counters) {
                long change = difference.getOrDefault(counter, 0L) - previous.getOrDefault(counter, 0L);
                if (change != 0) {
                    delta.on(counter, day, change);
                }
            }
            previous = difference;
        }
    }

    /** A path's change as the changes of every area it counts in, country first. */
    public static List<AreaChange> rolledUp(PathChange change) {
        List<AreaChange> changes = new ArrayList<>(5);
        for (CountedArea area : RollUp.of(change.path()).areas()) {
            changes.add(new AreaChange(area.code(), area.parentCode(), change.measure(), change.day(), change.delta()));
        }
        return changes;
    }

    private static Map<PathCounter, Long> onPath(Contribution contribution) {
        Map<PathCounter, Long> counters = new HashMap<>();
        if (contribution.area() != null) {
            contribution.values().forEach((measure, value) -> counters.put(new PathCounter(contribution.area(), measure), value));
        }
        return counters;
    }

    private static Contribution at(NavigableMap<LocalDate, Contribution> history, LocalDate day) {
        var entry = history.floorEntry(day);
        return entry == null ? Contribution.NONE : entry.getValue();
    }

    private static Map<Counter, Long> expand(Contribution contribution) {
        Map<Counter, Long> counters = new HashMap<>();
        if (contribution.area() == null) {
            return counters;
        }
        for (CountedArea area : RollUp.of(contribution.area()).areas()) {
            contribution.values().forEach((measure, value) ->
                    counters.put(new Counter(area.code(), area.parentCode(), measure), value));
        }
        return counters;
    }
}
