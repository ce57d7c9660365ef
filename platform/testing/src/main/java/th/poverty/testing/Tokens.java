package th.poverty.testing;

import java.util.Set;

/** Bearer tokens for tests, signed with the shared infrastructure's key. */
public final class Tokens {

    private Tokens() {
    }

    /** An {@code Authorization} header value for {@code subject} acting as {@code role} within {@code area}. */
    public static String bearer(String subject, String role, String area) {
        return "Bearer " + Infrastructure.shared().tokenKeys().mint(subject, Set.of(role), area);
    }
}
