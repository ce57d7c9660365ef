package th.poverty.testing;

import java.time.Duration;
import java.util.Set;

import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Bearer tokens for tests, signed with the shared infrastructure's key. */
public final class Tokens {

    private Tokens() {
    }

    /** An {@code Authorization} header value for {@code subject} acting as {@code role} within {@code area}. */
    public static String bearer(String subject, String role, String area) {
        return "Bearer " + Infrastructure.shared().tokenKeys().mint(subject, Set.of(role), area);
    }

    /** An {@code Authorization} header value for a partner agency: {@code agency} is its registry code. */
    public static String agency(String subject, String agency, String area) {
        return "Bearer " + Infrastructure.shared().tokenKeys().mintForAgency(subject, agency, area, Duration.ofHours(8));
    }

    /** As {@link #bearer}, but expired ten minutes ago. */
    public static String expired(String subject, String role, String area) {
        return "Bearer " + Infrastructure.shared().tokenKeys().mint(subject, Set.of(role), area, Duration.ofMinutes(-10));
    }

    /** An {@code Authorization} header value carrying exactly these claims, signed with the trusted key. */
    public static String signed(JwtClaimsBuilder claims) {
        return "Bearer " + Infrastructure.shared().tokenKeys().sign(claims);
    }

    /** As {@link #bearer}, but signed by a key the services do not trust. */
    public static String forged(String subject, String role, String area) {
        return "Bearer " + TokenKeys.generate().mint(subject, Set.of(role), area);
    }
}
