package th.poverty.reporting.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.poverty.reporting.progress.Figures;
import th.poverty.reporting.progress.Problems;
import th.poverty.reporting.progress.Problems.ProblemCounts;

/**
 * Statistical disclosure control of the village and tambon figures published for analytics
 * (docs/adr/0009): no published figure, and none worked out by subtracting published figures,
 * describes 1 to 4 households.
 * <ul>
 * <li><b>Primary suppression</b>: a village's or tambon's count of 1 to 4 is withheld, and with it
 * the money and averages over those households (income, an agency's assistance, households per
 * carer). Zero is published.</li>
 * <li><b>Complementary suppression</b>: every additive relation between published figures (a tambon
 * is the sum of its villages, a district of its tambons; an area's total the sum of its parts) holds
 * either no withheld figure, or at least two whose sum is at least five; otherwise one more is
 * withheld, the smallest part that is large enough, else the largest, else the total itself. Repeated
 * until every relation holds.</li>
 * </ul>
 * Districts, provinces and the country are published exactly. A pure function of one district's
 * subtree, so every area of a district is published with one consistent pattern.
 */
final class DisclosureControl {

    /** The fewest households a published figure may describe. */
    static final long THRESHOLD = 5;

    private static final String[] STATUSES = {"found", "inProgress", "helped", "solved", "unsolvable"};

    /** One area of a district's subtree: the district itself (4 digits), a tambon (6) or a village (8). */
    record Area(String code, Figures figures) {
    }

    private record Cell(String area, String key) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell other) {
            int byArea = area.compareTo(other.area);
            return byArea != 0 ? byArea : key.compareTo(other.key);
        }
    }

    /** A total and the parts it is the sum of. */
    private record Relation(Cell total, List<Cell> parts) {
    }

    private DisclosureControl() {
    }

    /**
     * The figures each area of a district's subtree withholds, by key (see {@link #values}); the
     * district's own set is always empty.
     */
    static Map<String, Set<String>> withheld(String district, List<Area> subtree) {
        Map<Cell, Long> values = new HashMap<>();
        Map<String, Map<String, Long>> byArea = new TreeMap<>();
        for (Area area : subtree) {
            Map<String, Long> cells = values(area.figures());
            byArea.put(area.code(), cells);
            cells.forEach((key, value) -> values.put(new Cell(area.code(), key), value));
        }
        Set<Cell> withheld = new TreeSet<>();
        values.forEach((cell, value) -> {
            if (!cell.area().equals(district) && value > 0 && value < THRESHOLD) {
                withheld.add(cell);
            }
        });
        List<Relation> relations = relations(byArea);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Relation relation : relations) {
                Cell more = protect(relation, values, withheld, district);
                if (more != null) {
                    withheld.add(more);
                    changed = true;
                }
            }
        }
        Map<String, Set<String>> keys = new TreeMap<>();
        byArea.keySet().forEach(code -> keys.put(code, new TreeSet<>()));
        withheld.forEach(cell -> keys.get(cell.area()).add(cell.key()));
        return keys;
    }

    /** The figure to withhold so the relation gives nothing away, or null if it gives nothing away. */
    private static Cell protect(Relation relation, Map<Cell, Long> values, Set<Cell> withheld, String district) {
        List<Cell> hidden = relation.parts().stream().filter(withheld::contains).toList();
        List<Cell> shown = relation.parts().stream().filter(part -> !withheld.contains(part)).toList();
        if (withheld.contains(relation.total())) {
            // a withheld total is recovered by adding up its parts if they are all published
            return hidden.isEmpty() && !shown.isEmpty() ? smallest(shown, values, 1) : null;
        }
        long sum = hidden.stream().mapToLong(values::get).sum();
        if (hidden.isEmpty() || (hidden.size() >= 2 && sum >= THRESHOLD)) {
            return null;
        }
        if (!shown.isEmpty()) {
            return smallest(shown, values, Math.max(1, THRESHOLD - sum));
        }
        return relation.total().area().equals(district) ? null : relation.total();
    }

    /** The smallest part of at least {@code need}; else the largest; ties by area and figure. */
    private static Cell smallest(List<Cell> parts, Map<Cell, Long> values, long need) {
        Comparator<Cell> byValue = Comparator.comparing(values::get);
        return parts.stream().filter(part -> values.get(part) >= need).min(byValue.thenComparing(Comparator.naturalOrder()))
                .orElseGet(() -> parts.stream().max(byValue.thenComparing(Comparator.<Cell>naturalOrder().reversed()))
                        .orElseThrow());
    }

    private static List<Relation> relations(Map<String, Map<String, Long>> byArea) {
        List<Relation> relations = new ArrayList<>();
        // a tambon is the sum of its villages, the district of its tambons
        Map<String, List<String>> children = new TreeMap<>();
        byArea.keySet().forEach(code -> {
            if (code.length() > 4) {
                String parent = code.substring(0, code.length() - 2);
                if (byArea.containsKey(parent)) {
                    children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
                }
            }
        });
        children.forEach((parent, codes) -> {
            Set<String> keys = new TreeSet<>(byArea.get(parent).keySet());
            codes.forEach(code -> keys.addAll(byArea.get(code).keySet()));
            for (String key : keys) {
                List<Cell> parts = codes.stream().filter(code -> byArea.get(code).containsKey(key))
                        .map(code -> new Cell(code, key)).toList();
                relations.add(new Relation(new Cell(parent, key), parts));
            }
        });
        // within an area: a total and its parts
        byArea.forEach((code, cells) -> {
            sum(relations, code, cells, "identified.total", "identified.bmnSurvey", "identified.communityForum");
            sum(relations, code, cells, "classified.total", "classified.welfare", "classified.selfDeveloping");
            List<String> groups = new ArrayList<>();
            cells.keySet().forEach(key -> {
                if (key.startsWith("problems.") && key.endsWith(".found")) {
                    groups.add(key.substring(0, key.length() - ".found".length()));
                }
            });
            for (String group : groups) {
                sum(relations, code, cells, group + ".found", group + ".inProgress", group + ".helped", group + ".solved",
                        group + ".unsolvable");
            }
            for (String status : STATUSES) {
                List<String> dimensions = new ArrayList<>();
                List<String> agencies = new ArrayList<>();
                cells.keySet().forEach(key -> {
                    if (key.startsWith("problems.dimension|") && key.endsWith("." + status)) {
                        dimensions.add(key);
                    } else if (key.startsWith("problems.agency|") && key.endsWith("." + status)) {
                        agencies.add(key);
                    }
                });
                sum(relations, code, cells, "problems.total." + status, dimensions.toArray(String[]::new));
                sum(relations, code, cells, "problems.total." + status, agencies.toArray(String[]::new));
            }
        });
        return relations;
    }

    private static void sum(List<Relation> relations, String code, Map<String, Long> cells, String total, String... parts) {
        if (!cells.containsKey(total)) {
            return;
        }
        List<Cell> cellsOfParts = new ArrayList<>();
        for (String part : parts) {
            if (cells.containsKey(part)) {
                cellsOfParts.add(new Cell(code, part));
            }
        }
        relations.add(new Relation(new Cell(code, total), cellsOfParts));
    }

    /**
     * The figures of an area that count households, by a key that names the same figure in every
     * area: {@code visited}, {@code identified.bmnSurvey}, {@code income} (the households measured,
     * standing for the whole income block), {@code assistance|<agency>|<kind>}, {@code
     * problems.dimension|<dimension>.found}, {@code indicator|<code>} and so on. Scalar figures are
     * always there; an agency, an indicator or a kind of assistance only where the area has some.
     * Problems count problems, each of one household, so they are counted here too. Carers count
     * carers, not households, and are published.
     */
    static Map<String, Long> values(Figures figures) {
        Map<String, Long> values = new LinkedHashMap<>();
        values.put("identified.total", figures.identified().total());
        values.put("identified.bmnSurvey", figures.identified().bmnSurvey());
        values.put("identified.communityForum", figures.identified().communityForum());
        values.put("identified.candidates", figures.identified().candidates());
        values.put("identified.verified", figures.identified().verified());
        values.put("identified.dismissed", figures.identified().dismissed());
        values.put("visited", figures.visited());
        values.put("assessed", figures.assessed());
        values.put("classified.total", figures.classified().total());
        values.put("classified.welfare", figures.classified().welfare());
        values.put("classified.selfDeveloping", figures.classified().selfDeveloping());
        values.put("withPlan", figures.withPlan());
        values.put("mouSigned", figures.mouSigned());
        values.put("withCarer", figures.withCarer());
        values.put("graduated", figures.graduated());
        values.put("closed", figures.closed());
        values.put("carers.householdsCared", figures.carers().householdsCared());
        values.put("carers.householdsWithoutCarer", figures.carers().householdsWithoutCarer());
        values.put("income", figures.income().households());
        figures.assistance().forEach(a -> values.put("assistance|" + a.agency() + "|" + a.kind(), a.households()));
        Problems problems = figures.problems();
        counts(values, "problems.total", problems.total());
        problems.byDimension().forEach(d -> counts(values, "problems.dimension|" + d.dimension(), d.counts()));
        problems.byAgency().forEach(a -> counts(values, "problems.agency|" + (a.agency() == null ? "" : a.agency()),
                a.counts()));
        figures.failingIndicators().forEach(i -> values.put("indicator|" + i.code(), i.households()));
        return values;
    }

    private static void counts(Map<String, Long> values, String group, ProblemCounts counts) {
        values.put(group + ".found", counts.found());
        values.put(group + ".inProgress", counts.inProgress());
        values.put(group + ".helped", counts.helped());
        values.put(group + ".solved", counts.solved());
        values.put(group + ".unsolvable", counts.unsolvable());
    }

    /**
     * Writes the withheld figures of a message as null, and lists them, as JSON Pointers, in its
     * {@code withheld}. Withheld failing indicators go last, by code: their place among the others,
     * most failed first, would tell how many households fail them.
     */
    static void withhold(ObjectNode message, Set<String> keys) {
        Set<String> pointers = new TreeSet<>();
        for (String key : keys) {
            if (key.equals("income")) {
                ObjectNode income = (ObjectNode) message.get("income");
                List<String> names = new ArrayList<>();
                income.fieldNames().forEachRemaining(names::add);
                names.forEach(name -> pointers.add(nullAt(message, "/income/" + name)));
            } else if (key.equals("carers.householdsCared")) {
                pointers.add(nullAt(message, "/carers/householdsCared"));
                pointers.add(nullAt(message, "/carers/householdsPerCarer"));
            } else if (key.startsWith("assistance|")) {
                // matched whole: an agency's name may hold any character, the separator too
                int i = indexOf(message.get("assistance"),
                        row -> key.equals("assistance|" + row.path("agency").asText() + "|" + row.path("kind").asText()));
                for (String name : List.of("deliveries", "households", "amountThb")) {
                    pointers.add(nullAt(message, "/assistance/" + i + "/" + name));
                }
            } else if (key.startsWith("problems.dimension|") || key.startsWith("problems.agency|")) {
                boolean dimension = key.startsWith("problems.dimension|");
                String status = key.substring(key.lastIndexOf('.') + 1);
                String list = dimension ? "byDimension" : "byAgency";
                int i = indexOf(message.at("/problems/" + list), row -> key.equals(dimension
                        ? "problems.dimension|" + row.path("dimension").asText() + "." + status
                        : "problems.agency|" + (row.path("agency").isNull() ? "" : row.path("agency").asText()) + "."
                          + status));
                pointers.add(nullAt(message, "/problems/" + list + "/" + i + "/counts/" + status));
            } else if (!key.startsWith("indicator|")) {
                pointers.add(nullAt(message, "/" + key.replace('.', '/')));
            }
        }
        if (message.get("failingIndicators") instanceof ArrayNode indicators) {
            List<JsonNode> shown = new ArrayList<>();
            List<JsonNode> hidden = new ArrayList<>();
            indicators.forEach(i -> (keys.contains("indicator|" + i.path("code").asText()) ? hidden : shown).add(i));
            hidden.sort(Comparator.comparing(i -> i.path("code").asText()));
            indicators.removeAll();
            indicators.addAll(shown);
            for (JsonNode indicator : hidden) {
                ((ObjectNode) indicator).putNull("households");
                pointers.add("/failingIndicators/" + indicators.size() + "/households");
                indicators.add(indicator);
            }
        }
        ArrayNode listed = message.putArray("withheld");
        pointers.stream().sorted(Comparator.comparing(DisclosureControl::pointerOrder)).forEach(listed::add);
    }

    /** Pointers in document order as far as it matters to a reader: by path, array indexes as numbers. */
    private static String pointerOrder(String pointer) {
        StringBuilder order = new StringBuilder();
        for (String token : pointer.split("/")) {
            order.append(token.chars().allMatch(Character::isDigit) && !token.isEmpty()
                    ? "%08d".formatted(Integer.parseInt(token)) : token).append('/');
        }
        return order.toString();
    }

    private static String nullAt(ObjectNode message, String pointer) {
        int last = pointer.lastIndexOf('/');
        JsonNode parent = message.at(pointer.substring(0, last));
        if (!(parent instanceof ObjectNode object)) {
            throw new IllegalStateException("no " + pointer);
        }
        object.putNull(pointer.substring(last + 1));
        return pointer;
    }

    private static int indexOf(JsonNode array, java.util.function.Predicate<JsonNode> match) {
        for (int i = 0; i < array.size(); i++) {
            if (match.test(array.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("no such row in " + array);
    }

    /** The district whose subtree decides what an area withholds; null for a district or larger area. */
    static String districtOf(String areaCode) {
        return areaCode.length() == 6 || areaCode.length() == 8 ? areaCode.substring(0, 4) : null;
    }
}
