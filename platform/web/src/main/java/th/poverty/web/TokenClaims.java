package th.poverty.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import th.poverty.area.Areas;

/**
 * Refuses (401) a token with a good signature whose claims the services cannot act on: no
 * subject to record as the actor, or an area claim that is no area of Thailand. Runs before
 * {@link VerifiedTokens} remembers the identity, so a refused token is never remembered.
 */
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            if (token.getSubject() == null || token.getSubject().isBlank()) {
                return Uni.createFrom().failure(new AuthenticationFailedException("the token names no subject"));
            }
            String area = areaOf(token);
            if (area != null && !area.isEmpty() && !Areas.thailand().exists(area)) {
                return Uni.createFrom().failure(new AuthenticationFailedException("the token's area is no area of Thailand"));
            }
        }
        return Uni.createFrom().item(identity);
    }

    /** The agency claim (a partner agency's registry code), or null when the token has none or a blank one. */
    static String agencyOf(JsonWebToken token) {
        Object agency = token.getClaim(Caller.AGENCY_CLAIM);
        String code = agency == null ? null : agency.toString().replace("\"", "").trim();
        return code == null || code.isEmpty() ? null : code;
    }

    /** The area claim as text ("" for the whole country), or null when the token has none. */
    static String areaOf(JsonWebToken token) {
        Object area = token.getClaim(Caller.AREA_CLAIM);
        return area == null ? null : area.toString().replace("\"", "");
    }
}
