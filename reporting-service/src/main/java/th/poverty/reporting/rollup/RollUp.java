package th.poverty.reporting.rollup;

import java.util.ArrayList;
import java.util.List;

import th.poverty.area.AreaPath;

/**
 * The areas a household counts in: the whole country, then its province, district, tambon and
 * village, each with its parent. The codes come from the household's path, as the area data
 * gives it, never from prefixes of the village code.
 */
public record RollUp(List<CountedArea> areas) {

    public record CountedArea(String code, String parentCode) {
    }

    public RollUp {
        areas = List.copyOf(areas);
    }

    /** From the top down, so every writer locks the same counters in the same order. */
    public static RollUp of(AreaPath path) {
        List<CountedArea> areas = new ArrayList<>(5);
        areas.add(new CountedArea(ReportAreas.COUNTRY, null));
        String parent = ReportAreas.COUNTRY;
        for (String code : path.codes()) {
            areas.add(new CountedArea(code, parent));
            parent = code;
        }
        return new RollUp(areas);
    }

    public List<String> codes() {
        return areas.stream().map(CountedArea::code).toList();
    }

    public List<String> parentCodes() {
        return areas.stream().map(CountedArea::parentCode).toList();
    }
}
