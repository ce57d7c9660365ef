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
        TreeSet<LocalDate> days = new TreeSet<>(before.keySet());
        days.addAll(after.keySet());
        List<AreaChange> changes = new ArrayList<>();
        Map<Counter, Long> previous = Map.of();
        for (LocalDate day : days) {
            Map<Counter, Long> difference = expand(at(after, day));
            expand(at(before, day)).forEach((counter, value) -> difference.merge(counter, -value, Long::sum));
            for (Counter counter : union(difference, previous)) {
                long delta = difference.getOrDefault(counter, 0L) - previous.getOrDefault(counter, 0L);
                if (delta != 0) {
                    changes.add(new AreaChange(counter.areaCode(), counter.parentCode(), counter.measure(), day, delta));
                }
            }
            previous = difference;
        }
        return changes;
    }

    /**
     * {@link #between}, per area path instead of per rolled-up area: a rebuild sums millions of
     * these first and rolls up the sums ({@link #rolledUp}), which gives the same changes.
     */
    public static List<PathChange> atPaths(NavigableMap<LocalDate, Contribution> before,
                                           NavigableMap<LocalDate, Contribution> after) {
        TreeSet<LocalDate> days = new TreeSet<>(before.keySet());
        days.addAll(after.keySet());
        List<PathChange> changes = new ArrayList<>();
        Map<PathCounter, Long> previous = Map.of();
        for (LocalDate day : days) {
            Map<PathCounter, Long> difference = onPath(at(after, day));
            onPath(at(before, day)).forEach((counter, value) -> difference.merge(counter, -value, Long::sum));
            Set<PathCounter> counters = new HashSet<>(difference.keySet());
            counters.addAll(previous.keySet());
            for (PathCounter counter : counters) {
                long delta = difference.getOrDefault(counter, 0L) - previous.getOrDefault(counter, 0L);
                if (delta != 0) {
                    changes.add(new PathChange(counter.path(), counter.measure(), day, delta));
                }
            }
            previous = difference;
        }
        return changes;
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

    private static Set<Counter> union(Map<Counter, Long> a, Map<Counter, Long> b) {
        Set<Counter> all = new HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
