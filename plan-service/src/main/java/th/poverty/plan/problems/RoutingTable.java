package th.poverty.plan.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import th.poverty.area.AreaPath;
import th.poverty.domain.Decision;
import th.poverty.domain.Dimension;
import th.poverty.domain.Rejection;
import th.poverty.plan.agencies.Agency;
import th.poverty.plan.problems.Problem.Found;
import th.poverty.plan.problems.Problem.Route;
import th.poverty.plan.problems.RoutingEvent.RoutingTableSet;

/**
 * A province's routing table: which agency is responsible for a problem of a dimension (or, more
 * narrowly, of one description code: a BMN indicator, a welfare need). A rule names the agencies
 * that can be responsible, at their levels; a problem goes to the most local of them that serves
 * the household's area, by the most specific rule that has one.
 */
public record RoutingTable(String provinceCode, List<Rule> rules) {

    public static final int DEFAULT_DUE_DAYS = 30;
    public static final int MOST_RULES = 200;

    public RoutingTable {
        rules = List.copyOf(rules);
    }

    /**
     * @param descriptionCode null for the whole dimension, or the code of one kind of problem
     *                        ({@code BMN-2565-17}, {@code WELFARE-BEDRIDDEN_CARE}, {@code FOLDER-INCOME})
     * @param agencies        the registry codes of the agencies that can be responsible
     * @param dueDays         the days an agency has to help, from the day the problem reaches it
     */
    public record Rule(Dimension dimension, String descriptionCode, List<String> agencies, int dueDays) {

        public Rule {
            agencies = List.copyOf(agencies);
        }

        boolean matches(Found problem) {
            return dimension == problem.dimension() && (descriptionCode == null
                    || problem.descriptionCode().equals(descriptionCode)
                    || problem.descriptionCode().startsWith(descriptionCode + "-"));
        }
    }

    public static RoutingTable empty(String provinceCode) {
        return new RoutingTable(provinceCode, List.of());
    }

    /** The new table, if each agency it names is registered, serves within the province and serves the rule's dimension. */
    public Decision<RoutingEvent> set(List<Rule> newRules, Map<String, Agency> registry) {
        if (newRules.size() > MOST_RULES) {
            return Decision.reject(Rejection.invalid("rules", "too-many-rules", "A table has at most " + MOST_RULES + " rules"));
        }
        for (int i = 0; i < newRules.size(); i++) {
            Rule rule = newRules.get(i);
            String field = "rules[" + i + "]";
            if (rule.dueDays() < 1 || rule.dueDays() > 365) {
                return Decision.reject(Rejection.invalid(field + ".dueDays", "due-days-out-of-range",
                        "An agency has 1 to 365 days to help"));
            }
            for (String code : rule.agencies()) {
                Agency agency = registry.get(code);
                if (agency == null) {
                    return Decision.reject(Rejection.invalid(field + ".agencies", "unknown-agency",
                            "Agency " + code + " is not in the registry"));
                }
                if (!(agency.areaCode().startsWith(provinceCode) || provinceCode.startsWith(agency.areaCode()))) {
                    return Decision.reject(Rejection.invalid(field + ".agencies", "agency-outside-province",
                            "Agency " + code + " serves " + agency.areaCode() + ", not province " + provinceCode));
                }
                if (!agency.dimensions().contains(rule.dimension())
                        && agency.welfareNeeds().stream().noneMatch(n -> n.dimension() == rule.dimension())) {
                    return Decision.reject(Rejection.invalid(field + ".agencies", "agency-outside-dimension",
                            "Agency " + code + " does not serve " + rule.dimension()));
                }
            }
        }
        if (newRules.equals(rules)) {
            return Decision.reject(Rejection.rule("routing-unchanged", "Province " + provinceCode + " already routes so"));
        }
        return Decision.accept(new RoutingTableSet(provinceCode, newRules));
    }

    /**
     * Where the problem goes: by the most specific rule naming an agency that serves the household's
     * area, to the most local such agency; empty when no rule does (the district routes it by hand).
     */
    public Optional<Route> route(Found problem, AreaPath household, Map<String, Agency> registry, LocalDate today) {
        List<Rule> matching = new ArrayList<>(rules.stream().filter(r -> r.matches(problem)).toList());
        matching.sort(Comparator.comparing((Rule r) -> r.descriptionCode() == null ? 0 : -r.descriptionCode().length()));
        for (Rule rule : matching) {
            Optional<Agency> responsible = rule.agencies().stream().map(registry::get)
                    .filter(a -> a != null && a.serves(household))
                    .min(Comparator.comparing((Agency a) -> a.level().ordinal())); // tambon first, the country last
            if (responsible.isPresent()) {
                return Optional.of(new Route(responsible.get().code(), today.plusDays(rule.dueDays())));
            }
        }
        return Optional.empty();
    }

    public static RoutingTable apply(RoutingTable table, RoutingEvent event) {
        return switch (event) {
            case RoutingTableSet e -> new RoutingTable(e.provinceCode(), e.rules());
        };
    }
}
