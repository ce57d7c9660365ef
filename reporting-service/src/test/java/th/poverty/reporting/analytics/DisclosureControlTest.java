package th.poverty.reporting.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import th.poverty.eventstore.EventCodec;
import th.poverty.reporting.progress.Counts;
import th.poverty.reporting.progress.Figures;

/**
 * No village or tambon figure under five households is published, nor can one be worked out by
 * subtracting published figures (a tambon less its other villages, a total less its other parts).
 */
class DisclosureControlTest {

    private static final String DISTRICT = "2401";

    @Test
    void aVillageCountOfOneToFourIsWithheldAndSoIsASiblingThatWouldGiveItAway() {
        var withheld = control(Map.of(
                "240101", counts("GRADUATED", 33),
                "24010101", counts("GRADUATED", 3),
                "24010102", counts("GRADUATED", 20),
                "24010103", counts("GRADUATED", 10)));

        // 33 - 20 - 10 would be 3: the smallest sibling that hides it as well is withheld too
        assertThat(withheld.get("24010101")).contains("graduated");
        assertThat(withheld.get("24010103")).contains("graduated");
        assertThat(withheld.get("24010102")).doesNotContain("graduated");
        // the tambon and the district stay exact
        assertThat(withheld.get("240101")).doesNotContain("graduated");
        assertThat(withheld.get(DISTRICT)).isEmpty();
    }

    @Test
    void zeroIsPublishedAndNothingIsWithheldWhereNoFigureIsSmall() {
        var withheld = control(Map.of(
                "240101", counts("GRADUATED", 25, "VISITED", 0),
                "24010101", counts("GRADUATED", 0),
                "24010102", counts("GRADUATED", 25)));

        withheld.values().forEach(keys -> assertThat(keys).isEmpty());
    }

    @Test
    void twoSmallFiguresAddingUpToFewerThanFiveTakeAThirdOneWithThem() {
        var withheld = control(Map.of(
                "240101", counts("GRADUATED", 43),
                "24010101", counts("GRADUATED", 1),
                "24010102", counts("GRADUATED", 2),
                "24010103", counts("GRADUATED", 40)));

        // withheld 1 + 2 = 43 - 40 would say both are tiny; with the 40 they are 43 between three
        assertThat(withheld.get("24010103")).contains("graduated");
    }

    @Test
    void aTambonWhoseOnlyVillageIsSmallIsWithheldAndAnotherTambonWithIt() {
        var withheld = control(Map.of(
                "240101", counts("GRADUATED", 7),
                "24010101", counts("GRADUATED", 7),
                "240102", counts("GRADUATED", 30),
                "24010201", counts("GRADUATED", 30),
                "240103", counts("GRADUATED", 12),
                "24010301", counts("GRADUATED", 12)));
        // the district: a village of 3 alone in its tambon
        var small = control(Map.of(
                "240101", counts("GRADUATED", 3),
                "24010101", counts("GRADUATED", 3),
                "240102", counts("GRADUATED", 30),
                "24010201", counts("GRADUATED", 30),
                "240103", counts("GRADUATED", 12),
                "24010301", counts("GRADUATED", 12)));

        assertThat(withheld.values()).allMatch(Set::isEmpty);
        assertThat(small.get("24010101")).contains("graduated");
        assertThat(small.get("240101")).contains("graduated");
        // the district less the other tambons would give the tambon: the next smallest goes too, and its village
        assertThat(small.get("240103")).contains("graduated");
        assertThat(small.get("24010301")).contains("graduated");
        assertThat(small.get("240102")).doesNotContain("graduated");
    }

    @Test
    void aSmallPartOfAVillagesTotalTakesAnotherPartWithItAndThatPartsSiblingsFollow() {
        var withheld = control(Map.of(
                "240101", counts("IDENTIFIED", 80, "IDENTIFIED_BMN_SURVEY", 13, "IDENTIFIED_COMMUNITY_FORUM", 67),
                "24010101", counts("IDENTIFIED", 40, "IDENTIFIED_BMN_SURVEY", 3, "IDENTIFIED_COMMUNITY_FORUM", 37),
                "24010102", counts("IDENTIFIED", 30, "IDENTIFIED_COMMUNITY_FORUM", 30),
                "24010103", counts("IDENTIFIED", 10, "IDENTIFIED_BMN_SURVEY", 10)));

        // 40 - 37 would give the 3, and 13 - 10 too: a rectangle of four withheld figures, in which the
        // 3 could be anything from 3 to 13
        assertThat(withheld.get("24010101")).contains("identified.bmnSurvey", "identified.communityForum")
                .doesNotContain("identified.total");
        assertThat(withheld.get("24010103")).contains("identified.bmnSurvey", "identified.communityForum")
                .doesNotContain("identified.total");
        assertThat(withheld.get("24010102")).isEmpty();
        assertThat(withheld.get("240101")).isEmpty();
    }

    @Test
    void inAnyDistrictNoRelationLeavesAWithheldFigureAloneOrUnderFive() {
        Random random = new Random(23);
        for (int round = 0; round < 300; round++) {
            Map<String, Long> villages = new TreeMap<>();
            int tambons = 1 + random.nextInt(4);
            for (int t = 1; t <= tambons; t++) {
                int count = 1 + random.nextInt(5);
                for (int v = 1; v <= count; v++) {
                    long value = random.nextInt(3) == 0 ? 0 : random.nextInt(3) == 0 ? 1 + random.nextInt(4)
                            : random.nextInt(40);
                    villages.put("2401%02d%02d".formatted(t, v), value);
                }
            }
            Map<String, Long> all = new TreeMap<>(villages);
            villages.forEach((code, value) -> {
                all.merge(code.substring(0, 6), value, Long::sum);
                all.merge(DISTRICT, value, Long::sum);
            });
            Map<String, Counts> areas = new HashMap<>();
            all.forEach((code, value) -> areas.put(code, counts("GRADUATED", value)));
            var withheld = control(areas);

            all.forEach((code, value) -> {
                if (!code.equals(DISTRICT) && value > 0 && value < 5) {
                    assertThat(withheld.get(code)).as("%s in %s", code, all).contains("graduated");
                }
            });
            Map<String, List<String>> children = new TreeMap<>();
            all.keySet().stream().filter(code -> code.length() > 4)
                    .forEach(code -> children.computeIfAbsent(code.substring(0, code.length() - 2), p -> new ArrayList<>()).add(code));
            children.forEach((parent, parts) -> {
                boolean totalShown = !withheld.get(parent).contains("graduated");
                List<String> hidden = parts.stream().filter(c -> withheld.get(c).contains("graduated")).toList();
                if (parent.equals(DISTRICT) && hidden.size() == parts.size()) {
                    // the district is exact: where all of it is withheld below, nothing is left to withhold (ADR 0009)
                    return;
                }
                if (totalShown && !hidden.isEmpty()) {
                    // the parent less the published parts is the sum of the withheld ones: at least two, at least five
                    assertThat(hidden).as("%s in %s", parent, all).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(hidden.stream().mapToLong(all::get).sum()).as("%s in %s", parent, all).isGreaterThanOrEqualTo(5);
                }
                if (!totalShown) {
                    // nor is a withheld total the sum of published parts
                    assertThat(hidden).as("%s in %s", parent, all).isNotEmpty();
                }
            });
        }
    }

    @Test
    void aWithheldMessageSaysNullWhereTheFiguresWereAndListsThem() {
        Map<String, Long> values = new HashMap<>();
        values.put("GRADUATED", 2L);
        values.put("INCOME_MEASURED", 3L);
        values.put("INCOME_BASELINE_SATANG", 3 * 3_000_000L);
        values.put("INCOME_LATEST_SATANG", 3 * 4_000_000L);
        values.put("CARERS", 2L);
        values.put("CARERS_CARING", 2L);
        values.put("CARED_HOUSEHOLDS", 4L);
        values.put("ASSISTANCE_DELIVERIES|MONEY|อบต.บางแก้ว", 6L);
        values.put("ASSISTANCE_HOUSEHOLDS|MONEY|อบต.บางแก้ว", 2L);
        values.put("ASSISTANCE_SATANG|MONEY|อบต.บางแก้ว", 150_050L);
        values.put("FAILING_INDICATOR|BMN-2565-3", 40L);
        values.put("FAILING_INDICATOR|BMN-2565-27", 4L);
        values.put("FAILING_INDICATOR|BMN-2565-5", 10L);
        values.put("PROBLEMS_WITH_AGENCY|NEW|SSJ-24", 1L);
        var figures = Figures.of(new Counts(values));
        var keys = DisclosureControl.values(figures).entrySet().stream()
                .filter(e -> e.getValue() > 0 && e.getValue() < 5).map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        ObjectNode message = EventCodec.defaultMapper().valueToTree(new AreaProgressUpdated("24010101", "VILLAGE",
                "บ้านหนึ่ง", "240101", Instant.now(), figures, List.of()));

        DisclosureControl.withhold(message, keys);

        assertThat(message.get("graduated").isNull()).isTrue();
        assertThat(message.get("visited").asLong()).isZero();
        message.get("income").forEach(field -> assertThat(field.isNull()).isTrue());
        assertThat(message.at("/carers/householdsCared").isNull()).isTrue();
        assertThat(message.at("/carers/householdsPerCarer").isNull()).isTrue();
        assertThat(message.at("/carers/carers").asLong()).isEqualTo(2);
        assertThat(message.at("/assistance/0/agency").asText()).isEqualTo("อบต.บางแก้ว");
        assertThat(message.at("/assistance/0/amountThb").isNull()).isTrue();
        assertThat(message.at("/assistance/0/deliveries").isNull()).isTrue();
        assertThat(message.at("/problems/byAgency/0/counts/found").isNull()).isTrue();
        // the withheld indicator goes last, so its place says nothing of its size
        assertThat(message.get("failingIndicators").findValuesAsText("code"))
                .containsExactly("BMN-2565-3", "BMN-2565-5", "BMN-2565-27");
        assertThat(message.at("/failingIndicators/2/households").isNull()).isTrue();
        List<String> listed = new ArrayList<>();
        message.get("withheld").forEach(pointer -> listed.add(pointer.asText()));
        assertThat(listed).contains("/graduated", "/income/latestMean", "/assistance/0/amountThb",
                "/failingIndicators/2/households", "/problems/byAgency/0/counts/found");
        // every listed figure is null, and every null figure that counts households is listed
        listed.forEach(pointer -> assertThat(message.at(pointer).isNull()).as(pointer).isTrue());
        assertThat(nulls(message, "")).containsExactlyInAnyOrderElementsOf(listed);
    }

    @Test
    void anAgencyNamedWithTheSeparatorsIsWithheldAllTheSame() {
        String agency = "กอง|ทุน หมู่ 5. \"x\"|MONEY";
        var figures = Figures.of(new Counts(Map.of("ASSISTANCE_DELIVERIES|MONEY|" + agency, 1L,
                "ASSISTANCE_HOUSEHOLDS|MONEY|" + agency, 1L, "ASSISTANCE_SATANG|MONEY|" + agency, 150_050L,
                "PROBLEMS_WITH_AGENCY|SOLVED|" + agency, 2L)));
        ObjectNode message = EventCodec.defaultMapper().valueToTree(new AreaProgressUpdated("24010101", "VILLAGE",
                null, "240101", Instant.now(), figures, List.of()));

        DisclosureControl.withhold(message, DisclosureControl.values(figures).keySet());

        assertThat(message.at("/assistance/0/agency").asText()).isEqualTo(agency);
        assertThat(message.at("/assistance/0/amountThb").isNull()).isTrue();
        assertThat(message.at("/problems/byAgency/0/counts/solved").isNull()).isTrue();
    }

    /** The null leaves of a message, but for the area's name and parent, which may be unknown. */
    private static List<String> nulls(JsonNode node, String at) {
        List<String> found = new ArrayList<>();
        if (node.isNull() && !at.equals("/nameTh") && !at.equals("/parentCode") && !at.endsWith("/nameTh")
                && !at.endsWith("/agency") && !at.endsWith("/dimension")) {
            found.add(at);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> found.addAll(nulls(e.getValue(), at + "/" + e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(nulls(node.get(i), at + "/" + i));
            }
        }
        return found;
    }

    private static Counts counts(Object... measureAndValue) {
        Map<String, Long> values = new HashMap<>();
        for (int i = 0; i < measureAndValue.length; i += 2) {
            values.put((String) measureAndValue[i], ((Number) measureAndValue[i + 1]).longValue());
        }
        return new Counts(values);
    }

    /** The district is the sum of the areas given, unless given itself. */
    private static Map<String, Set<String>> control(Map<String, Counts> areas) {
        Map<String, Counts> all = new TreeMap<>(areas);
        if (!all.containsKey(DISTRICT)) {
            Map<String, Long> sum = new HashMap<>();
            areas.forEach((code, counts) -> {
                if (code.length() == 6) {
                    counts.values().forEach((measure, value) -> sum.merge(measure, value, Long::sum));
                }
            });
            all.put(DISTRICT, new Counts(sum));
        }
        List<DisclosureControl.Area> subtree = new ArrayList<>();
        all.forEach((code, counts) -> subtree.add(new DisclosureControl.Area(code, Figures.of(counts))));
        return DisclosureControl.withheld(DISTRICT, subtree);
    }
}
