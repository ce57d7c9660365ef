package th.poverty.team.coverage;

import java.util.List;
import java.util.TreeSet;

import th.poverty.area.AreaView;
import th.poverty.area.AreaView.Place;
import th.poverty.area.Areas;
import th.poverty.domain.Label;
import th.poverty.team.coverage.Coverage.Carers;
import th.poverty.team.coverage.Coverage.Figures;
import th.poverty.team.coverage.Coverage.Households;
import th.poverty.team.coverage.Coverage.VillageCounts;

/**
 * An area's care coverage, and the same one level down: where households still wait for a carer,
 * and how many villages there are, registered ones without households included.
 */
public record CoverageView(Place area, Households households, Carers carers, List<TeamCount> teams,
                           VillageCounts villages, List<Below> below) {

    public record TeamCount(Label kind, int teams) {
    }

    public record Below(Place area, Households households, Carers carers, VillageCounts villages) {
    }

    static CoverageView of(String areaCode, Figures figures, Areas areas) {
        var codes = new TreeSet<>(figures.householdsBelow().keySet());
        codes.addAll(figures.carersBelow().keySet());
        codes.addAll(figures.villagesBelow().keySet());
        return new CoverageView(AreaView.place(areaCode, areas), figures.households(), figures.carers(),
                figures.teams().entrySet().stream().map(e -> new TeamCount(e.getKey().label(), e.getValue())).toList(),
                figures.villages(),
                codes.stream().map(code -> new Below(AreaView.place(code, areas),
                        figures.householdsBelow().getOrDefault(code, Households.NONE),
                        figures.carersBelow().getOrDefault(code, Carers.NONE),
                        figures.villagesBelow().getOrDefault(code, VillageCounts.NONE))).toList());
    }
}
