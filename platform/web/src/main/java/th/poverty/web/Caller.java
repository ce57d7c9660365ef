package th.poverty.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import th.poverty.area.AreaPath;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.EventMetadata;

/**
 * Who is calling, from the bearer token: the subject, the role they act in, and the area
 * (a code prefix, "" for the whole country) they may see and change.
 */
@RequestScoped
public class Caller {

    public static final String AREA_CLAIM = "area";
    public static final String CORRELATION_HEADER = "X-Correlation-ID";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final HttpHeaders headers;
    private final Clock clock;

    public Caller(SecurityIdentity identity, JsonWebToken token, HttpHeaders headers, Clock clock) {
        this.identity = identity;
        this.token = token;
        this.headers = headers;
        this.clock = clock;
    }

    public String subject() {
        return identity.getPrincipal().getName();
    }

    public String role() {
        return Roles.ALL.stream().filter(identity::hasRole).findFirst().orElse("none");
    }

    /** The area claim; a token without one may see nothing (the ministry's tokens carry ""). */
    public String area() {
        Object claim = token.getClaim(AREA_CLAIM);
        return claim == null ? null : claim.toString().replace("\"", "");
    }

    public boolean mayAct(AreaPath path) {
        String area = area();
        return area != null && path.within(area);
    }

    /**
     * The aggregate, if it exists and lies in the caller's area; otherwise 404, so what lies
     * outside the caller's area is as invisible as what does not exist.
     */
    public <A> Versioned<A> visible(Optional<Versioned<A>> found, Function<A, AreaPath> area, String what, String id) {
        return found.filter(v -> mayAct(area.apply(v.aggregate())))
                .orElseThrow(() -> ProblemException.notFound(what, id));
    }

    /** Refuses (403) a change outside the caller's area. */
    public void requireArea(AreaPath path) {
        if (!mayAct(path)) {
            throw ProblemException.forbidden("Area " + path.code() + " is outside your area " + area());
        }
    }

    /** Refuses (403) what acts on the whole country, such as rebuilding a read model, to a caller with less. */
    public void requireCountry() {
        if (!"".equals(area())) {
            throw ProblemException.forbidden("This acts on the whole country; your area is " + area());
        }
    }

    public UUID correlationId() {
        String given = headers.getHeaderString(CORRELATION_HEADER);
        if (given != null) {
            try {
                return UUID.fromString(given.trim());
            } catch (IllegalArgumentException ignored) {
                // not one of ours: start a new flow
            }
        }
        return UUID.randomUUID();
    }

    /** The who, when and why every event of this request records. */
    public EventMetadata metadata(String reason, String areaCode) {
        return new EventMetadata(subject(), role(), reason, correlationId(), null, clock.instant(), areaCode);
    }
}
