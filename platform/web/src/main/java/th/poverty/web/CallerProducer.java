package th.poverty.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Reads a request's {@link Caller} from its bearer token and headers, once. */
@ApplicationScoped
public class CallerProducer {

    @Produces
    @RequestScoped
    Caller caller(SecurityIdentity identity, JsonWebToken token, HttpHeaders headers, Clock clock) {
        Object area = token.getClaim(Caller.AREA_CLAIM);
        return new Caller(identity.getPrincipal().getName(),
                Roles.ALL.stream().filter(identity::hasRole).findFirst().orElse("none"),
                area == null ? null : area.toString().replace("\"", ""),
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
