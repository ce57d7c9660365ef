package th.poverty.web;

import java.util.Optional;

import th.poverty.area.AreaPath;
import th.poverty.area.Areas;

/**
 * The area a list endpoint looks at: the one asked for, or the caller's own when none is.
 * {@code path} is null for the whole country.
 */
public record ListedArea(AreaPath path) {

    /**
     * @return empty when the caller may see nothing there (no area of their own, or one outside
     *         it), so the list is empty rather than refused; 404 for an area that does not exist
     */
    public static Optional<ListedArea> of(Areas areas, Caller caller, String area) {
        String code = area == null || area.isBlank() ? caller.area() : area;
        if (code == null) {
            return Optional.empty();
        }
        if (code.isEmpty()) {
            return Optional.of(new ListedArea(null));
        }
        AreaPath path = areas.pathOf(code).orElseThrow(() -> ProblemException.notFound("Area", code));
        return caller.mayAct(path) ? Optional.of(new ListedArea(path)) : Optional.empty();
    }
}
