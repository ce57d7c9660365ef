package th.poverty.web;

import java.util.Arrays;

/**
 * Query parameters read by hand where JAX-RS would answer a bad value with 404: an unknown enum
 * value in a filter is the caller's mistake (400 naming the parameter and the allowed values).
 */
public final class QueryParams {

    private QueryParams() {
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
