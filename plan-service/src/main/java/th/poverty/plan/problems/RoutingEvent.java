package th.poverty.plan.problems;

import java.util.List;

/** What happens to a province's routing table; each change is an event with who and why. */
public sealed interface RoutingEvent {

    String provinceCode();

    /** The province's routing table as it is from now on, whole: new problems are routed by it. */
    record RoutingTableSet(String provinceCode, List<RoutingTable.Rule> rules) implements RoutingEvent {

        public RoutingTableSet {
            rules = List.copyOf(rules);
        }
    }
}
