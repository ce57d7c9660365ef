package th.poverty.team.coverage;

import java.util.List;

import th.poverty.area.AreaView;
import th.poverty.area.AreaView.Place;
import th.poverty.area.Areas;
import th.poverty.domain.Label;
import th.poverty.team.coverage.Coverage.Villages;

/**
 * Community leaders per village against the guideline's one leader per two villages on average.
 * The villages counted are those with open households or leaders: the area reference data does
 * not list villages.
 */
public record LeadersView(
        Place area,
        int villages,
        int leaders,
        double leadersPerVillage,
        String guideline,
        boolean meetsGuideline,
        List<VillageLeaders> byVillage) {

    static final String GUIDELINE = "One community leader per two villages on average (0.5 per village)";

    public record VillageLeaders(Place village, int openHouseholds, List<LeaderView> leaders) {
    }

    public record LeaderView(String name, Label role, String teamId, String carerId) {
    }

    static LeadersView of(String areaCode, Villages villages, Areas areas) {
        var codes = villages.codes();
        List<VillageLeaders> byVillage = codes.stream().map(code -> new VillageLeaders(AreaView.place(code, areas),
                villages.openHouseholds().getOrDefault(code, 0),
                villages.leaders().getOrDefault(code, List.of()).stream()
                        .map(l -> new LeaderView(l.name(), l.role().label(), l.teamId(), l.carerId())).toList()))
                .toList();
        int leaders = byVillage.stream().mapToInt(v -> v.leaders().size()).sum();
        double perVillage = codes.isEmpty() ? 0 : Math.round(100.0 * leaders / codes.size()) / 100.0;
        return new LeadersView(AreaView.place(areaCode, areas), codes.size(), leaders, perVillage, GUIDELINE,
                2 * leaders >= codes.size(), byVillage);
    }
}
