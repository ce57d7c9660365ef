package th.poverty.web;

import java.util.Arrays;

import th.poverty.area.AreaPath;
import th.poverty.area.Areas;

/**
 * Query parameters read by hand where JAX-RS would answer a bad value with 404: an unknown enum
 * value in a filter is the caller's mistake (400 naming the parameter and the allowed values).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** The area a required {@code area} parameter names: 400 when it is missing, 404 when there is no such area. */
    public static AreaPath area(Areas areas, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badRequest("area", "area is required: a province, district, tambon or village code");
        }
        return areas.pathOf(raw).orElseThrow(() -> ProblemException.notFound("Area", raw));
    }

    /** The enum constant named {@code raw}, or null when absent. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String raw, String name) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "'" + raw + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
