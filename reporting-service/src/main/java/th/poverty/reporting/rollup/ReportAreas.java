package th.poverty.reporting.rollup;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import th.poverty.area.Areas;
import th.poverty.web.ProblemException;

/** The area tree with the whole country on top, as reports see it. */
@ApplicationScoped
public class ReportAreas {

    /** The code of the whole country, the root every roll-up ends in. */
    public static final String COUNTRY = "TH";
    private static final Pattern AREA_CODE = Pattern.compile("[0-9]{2}|[0-9]{4}|[0-9]{6}|[0-9]{8}");

    private final Areas areas;

    public ReportAreas(Areas areas) {
        this.areas = areas;
    }

    /** Whether the code could name an area at all: {@value #COUNTRY}, or 2, 4, 6 or 8 ASCII digits. */
    public static boolean isWellFormed(String code) {
        return COUNTRY.equals(code) || (code != null && AREA_CODE.matcher(code).matches());
    }

    public Optional<ReportArea> find(String code) {
        return COUNTRY.equals(code) ? Optional.of(ReportArea.COUNTRY) : areas.find(code).map(ReportArea::of);
    }

    /**
     * Whether a caller whose area claim is {@code scope} (a code, "" for the whole country, null
     * for nothing) may see the area: it must lie within the scope, by the tree's own parents.
     */
    public boolean visibleWithin(String scope, String code) {
        if (scope == null) {
            return false;
        }
        if (COUNTRY.equals(code)) {
            return scope.isEmpty();
        }
        return areas.pathOf(code).map(path -> path.within(scope)).orElse(false);
    }

    /**
     * The area a caller whose area claim is {@code scope} asked for: 400 for a malformed code,
     * 404 for an unknown one or one outside the scope, as if it did not exist.
     */
    public ReportArea visibleArea(String code, String scope) {
        if (!isWellFormed(code)) {
            throw ProblemException.badRequest("code",
                    "An area code is TH (the whole country) or a province, district, tambon or village code of 2, 4, 6 or 8 digits");
        }
        return find(code).filter(area -> visibleWithin(scope, area.code()))
                .orElseThrow(() -> ProblemException.notFound("Area", code));
    }

    /**
     * The children the reference data lists: the country's provinces, a province's districts, a
     * district's tambons. A tambon's villages are not listed there; only counted ones are known.
     */
    public List<ReportArea> listedChildren(String code) {
        return areas.children(COUNTRY.equals(code) ? "" : code).stream().map(ReportArea::of).toList();
    }
}
