package th.poverty.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the cursor of the next ({@code null} on the last page). Cursors are
 * opaque to clients: pass {@code next} back as {@code after}.
 */
public record Page<T>(List<T> items, String next) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /** A page from {@code limit + 1} fetched rows: the extra row only tells that more follow. */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursor) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), cursor.apply(items.getLast()));
    }

    /** The requested page size, defaulted and bounded. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.badRequest("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        return requested;
    }
}
