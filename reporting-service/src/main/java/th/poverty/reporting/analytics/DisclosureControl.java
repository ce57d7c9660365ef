package th.poverty.reporting.analytics;

import java.util.ArrayList;
import java.util.Arrays;
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

    private DisclosureControl() {
    }

    /**
     * The figures each area of a district's subtree withholds, by key (see {@link #values}); the
     * district's own set is always empty.
     */
    static Map<String, Set<String>> withheld(String district, List<Area> subtree) {
        Map<String, Map<String, Long>> byArea = new TreeMap<>();
        subtree.forEach(area -> byArea.put(area.code(), values(area.figures())));
        return new Suppression(district, byArea).run();
    }

    /**
     * One district's cells, numbered, and the relations between them. The fixed point visits the
     * relations in a fixed order, pass after pass, and withholds at most one more cell per visit;
     * a relation none of whose cells changed since its last visit would decide the same again,
     * so it is skipped. That gives exactly the pattern of visiting every relation every pass, in
     * a fraction of the time: a district of a hundred villages has tens of thousands of cells.
     */
    private static final class Suppression {
        private final String district;
        private final List<String> areas = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private final List<Long> cellValues = new ArrayList<>();
        private final long[] values;
        private final boolean[] withheld;
        /** Each cell's place in (area, key) order, which breaks ties between equal values. */
        private final int[] rank;
        private final Map<String, Map<String, Integer>> cellsByArea = new TreeMap<>();
        /** The first cell of each relation is its total, the rest its parts. */
        private final List<int[]> relations = new ArrayList<>();
        private final List<List<Integer>> relationsOfCell = new ArrayList<>();

        Suppression(String district, Map<String, Map<String, Long>> byArea) {
            this.district = district;
            byArea.forEach((code, cells) -> {
                Map<String, Integer> numbered = new HashMap<>(cells.size() * 2);
                cells.forEach((key, value) -> numbered.put(key, cell(code, key, value)));
                cellsByArea.put(code, numbered);
            });
            relate(byArea);
            int n = areas.size();
            values = cellValues.stream().mapToLong(Long::longValue).toArray();
            withheld = new boolean[n];
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.<Integer, String>comparing(areas::get).thenComparing(keys::get));
            rank = new int[n];
            for (int i = 0; i < n; i++) {
                rank[order[i]] = i;
            }
        }

        private int cell(String area, String key, long value) {
            int cell = areas.size();
            areas.add(area);
            keys.add(key);
            cellValues.add(value);
            relationsOfCell.add(new ArrayList<>(4));
            return cell;
        }

        Map<String, Set<String>> run() {
            for (int cell = 0; cell < values.length; cell++) {
                if (!areas.get(cell).equals(district) && values[cell] > 0 && values[cell] < THRESHOLD) {
                    withheld[cell] = true;
                }
            }
            boolean[] unsettled = new boolean[relations.size()];
            Arrays.fill(unsettled, true);
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int r = 0; r < relations.size(); r++) {
                    if (!unsettled[r]) {
                        continue;
                    }
                    unsettled[r] = false;
                    int more = protect(relations.get(r));
                    if (more >= 0) {
                        withheld[more] = true;
                        relationsOfCell.get(more).forEach(other -> unsettled[other] = true);
                        changed = true;
                    }
                }
            }
            Map<String, Set<String>> keysByArea = new TreeMap<>();
            cellsByArea.keySet().forEach(code -> keysByArea.put(code, new TreeSet<>()));
            for (int cell = 0; cell < values.length; cell++) {
                if (withheld[cell]) {
                    keysByArea.get(areas.get(cell)).add(keys.get(cell));
                }
            }
            return keysByArea;
        }

        /** The cell to withhold so the relation gives nothing away, or -1 if it gives nothing away. */
        private int protect(int[] relation) {
            int total = relation[0];
            int hidden = 0;
            int shown = 0;
            long sum = 0;
            for (int i = 1; i < relation.length; i++) {
                if (withheld[relation[i]]) {
                    hidden++;
                    sum += values[relation[i]];
                } else {
                    shown++;
                }
            }
            if (withheld[total]) {
                // a withheld total is recovered by adding up its parts if they are all published
                return hidden == 0 && shown > 0 ? smallestShown(relation, 1) : -1;
            }
            if (hidden == 0 || (hidden >= 2 && sum >= THRESHOLD)) {
                return -1;
            }
            if (shown > 0) {
                return smallestShown(relation, Math.max(1, THRESHOLD - sum));
            }
            return areas.get(total).equals(district) ? -1 : total;
        }

        /** The smallest published part of at least {@code need}; else the largest; ties by area and figure. */
        private int smallestShown(int[] relation, long need) {
            int smallest = -1;
            int largest = -1;
            for (int i = 1; i < relation.length; i++) {
                int part = relation[i];
                if (withheld[part]) {
                    continue;
                }
                if (values[part] >= need && (smallest < 0 || values[part] < values[smallest]
                        || (values[part] == values[smallest] && rank[part] < rank[smallest]))) {
                    smallest = part;
                }
                if (largest < 0 || values[part] > values[largest]
                    || (values[part] == values[largest] && rank[part] < rank[largest])) {
                    largest = part;
                }
            }
            return smallest >= 0 ? smallest : largest;
        }

        private void relate(Map<String, Map<String, Long>> byArea) {
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
                Set<String> keysOfFamily = new TreeSet<>(byArea.get(parent).keySet());
                codes.forEach(code -> keysOfFamily.addAll(byArea.get(code).keySet()));
                for (String key : keysOfFamily) {
                    List<Integer> parts = new ArrayList<>(codes.size());
                    for (String code : codes) {
                        Integer part = cellsByArea.get(code).get(key);
                        if (part != null) {
                            parts.add(part);
                        }
                    }
                    Integer total = cellsByArea.get(parent).get(key);
                    // a figure the children have and the parent lacks: it counts none there, and
                    // is not among the parent's own relations
                    add(total == null ? cell(parent, key, 0) : total, parts);
                }
            });
            // within an area: a total and its parts
            byArea.forEach((code, cells) -> {
                sum(code, "identified.total", List.of("identified.bmnSurvey", "identified.communityForum"));
                sum(code, "classified.total", List.of("classified.welfare", "classified.selfDeveloping"));
                List<String> groups = new ArrayList<>();
                cells.keySet().forEach(key -> {
                    if (key.startsWith("problems.") && key.endsWith(".found")) {
                        groups.add(key.substring(0, key.length() - ".found".length()));
                    }
                });
                for (String group : groups) {
                    sum(code, group + ".found", List.of(group + ".inProgress", group + ".helped", group + ".solved",
                            group + ".unsolvable"));
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
                    sum(code, "problems.total." + status, dimensions);
                    sum(code, "problems.total." + status, agencies);
                }
            });
        }

        private void sum(String code, String total, List<String> parts) {
            Map<String, Integer> cells = cellsByArea.get(code);
            if (!cells.containsKey(total)) {
                return;
            }
            List<Integer> cellsOfParts = new ArrayList<>(parts.size());
            for (String part : parts) {
                Integer cell = cells.get(part);
                if (cell != null) {
                    cellsOfParts.add(cell);
                }
            }
            add(cells.get(total), cellsOfParts);
        }

        private void add(int total, List<Integer> parts) {
            int[] relation = new int[parts.size() + 1];
            relation[0] = total;
            for (int i = 0; i < parts.size(); i++) {
                relation[i + 1] = parts.get(i);
            }
            int index = relations.size();
            relations.add(relation);
            for (int cell : relation) {
                relationsOfCell.get(cell).add(index);
            }
        }
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
