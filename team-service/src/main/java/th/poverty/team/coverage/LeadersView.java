package th.poverty.team.coverage;

import java.util.List;

import th.poverty.area.AreaView;
import th.poverty.area.AreaView.Place;
import th.poverty.area.Areas;
import th.poverty.domain.Label;
import th.poverty.team.coverage.Coverage.Villages;
import th.poverty.team.villages.Village;

/**
 * Community leaders per village against the guideline's one leader per two villages on average.
 * The villages counted are the registry's active villages, whether or not households live there,
 * and any other village with open households or leaders; where the province loaded no village
 * list, only the latter, since the area data lists no villages.
 *
 * @param registeredVillages how many of the villages counted the registry lists (0: no list loaded)
 */
public record LeadersView(
        Place area,
        int villages,
        int registeredVillages,
        int leaders,
        double leadersPerVillage,
        String guideline,
        boolean meetsGuideline,
        List<VillageLeaders> byVillage) {

    static final String GUIDELINE = "One community leader per two villages on average (0.5 per village)";

    /**
     * @param nameTh the registry's name for the village; null when it is not registered
     * @param status ACTIVE or RETIRED in the registry; null when it is not registered
     */
    public record VillageLeaders(Place village, String nameTh, Label status, int openHouseholds, List<LeaderView> leaders) {
    }

    public record LeaderView(String name, Label role, String teamId, String carerId) {
    }

    static LeadersView of(String areaCode, Villages villages, Areas areas) {
        var codes = villages.codes();
        List<VillageLeaders> byVillage = codes.stream().map(code -> {
            Village registered = villages.registered().get(code);
            return new VillageLeaders(AreaView.place(code, areas), registered == null ? null : registered.nameTh(),
                    registered == null ? null : registered.status().label(), villages.openHouseholds().getOrDefault(code, 0),
                    villages.leaders().getOrDefault(code, List.of()).stream()
                            .map(l -> new LeaderView(l.name(), l.role().label(), l.teamId(), l.carerId())).toList());
        }).toList();
        int leaders = byVillage.stream().mapToInt(v -> v.leaders().size()).sum();
        double perVillage = codes.isEmpty() ? 0 : Math.round(100.0 * leaders / codes.size()) / 100.0;
        return new LeadersView(AreaView.place(areaCode, areas), codes.size(), villages.count(codes).registered(), leaders,
                perVillage, GUIDELINE, 2 * leaders >= codes.size(), byVillage);
    }
}
