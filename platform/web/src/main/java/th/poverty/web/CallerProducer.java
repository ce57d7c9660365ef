package th.poverty.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Reads a request's {@link Caller} from its bearer token and headers, once. The actor is the
 * token's {@code sub}, the identity provider's stable id, never a display or login name.
 */
@ApplicationScoped
public class CallerProducer {

    @Produces
    @RequestScoped
    Caller caller(SecurityIdentity identity, JsonWebToken token, HttpHeaders headers, Clock clock) {
        return new Caller(token.getSubject(),
                Roles.actingAs(identity),
                TokenClaims.areaOf(token),
                TokenClaims.agencyOf(token),
                correlationId(headers.getHeaderString(Caller.CORRELATION_HEADER)), clock);
    }

    private static UUID correlationId(String given) {
        if (given != null) {
            try {
                return UUID.fromString(given.trim());
            } catch (IllegalArgumentException ignored) {
                // not one of ours: start a new flow
            }
        }
        return UUID.randomUUID();
    }
}
