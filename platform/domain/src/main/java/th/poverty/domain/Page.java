package th.poverty.domain;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and the cursor of the next ({@code null} on the last page), as the services
 * answer a list and their clients read it. Cursors are opaque to clients: pass {@code next} back
 * as {@code after}.
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
}
