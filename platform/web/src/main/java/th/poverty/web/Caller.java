package th.poverty.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import th.poverty.area.AreaPath;
import th.poverty.domain.Versioned;
import th.poverty.eventstore.EventMetadata;

/**
 * Who acts: the subject, the role they act in, the area (a code prefix, "" for the whole country,
 * null for nothing) they may see and change, the partner agency they act for (its registry code,
 * null for anyone else), and the flow (correlation id) they act in. A
 * request's caller is read from its bearer token once ({@link CallerProducer}); the service acting
 * on its own, as a consumer does, is {@link #system}. Application services take it whichever it is.
 */
public class Caller {

    public static final String AREA_CLAIM = "area";
    public static final String AGENCY_CLAIM = "agency";
    public static final String CORRELATION_HEADER = "X-Correlation-ID";

    private final String subject;
    private final String role;
    private final String area;
    private final String agency;
    private final UUID correlationId;
    private final Clock clock;

    public Caller(String subject, String role, String area, String agency, UUID correlationId, Clock clock) {
        this.subject = subject;
        this.role = role;
        this.area = area;
        this.agency = agency;
        this.correlationId = correlationId;
        this.clock = clock;
    }

    /** For the request scope's client proxy only. */
    protected Caller() {
        this(null, null, null, null, null, null);
    }

    /** The service itself, acting for the whole country (a consumer applying another service's event). */
    public static Caller system(String subject, Clock clock) {
        return new Caller(subject, "system", "", null, UUID.randomUUID(), clock);
    }

    public String subject() {
        return subject;
    }

    public String role() {
        return role;
    }

    /** The area claim; a token without one may see nothing (the ministry's tokens carry ""). */
    public String area() {
        return area;
    }

    /** The agency claim: the registry code of the partner agency the caller acts for, or empty. */
    public Optional<String> agency() {
        return Optional.ofNullable(agency);
    }

    /**
     * The code of the partner agency the caller acts for: 403 when the token names none, or when
     * the request names another agency ({@code named}, null when it names none).
     */
    public String ownAgency(String named) {
        String own = agency().orElseThrow(() -> ProblemException.notYourAgency("Your token names no agency"));
        if (named != null && !named.isBlank() && !named.strip().equals(own)) {
            throw ProblemException.notYourAgency("Agency " + named.strip() + " is not yours: your token is for " + own);
        }
        return own;
    }

    /** The flow this request belongs to: the client's X-Correlation-ID, or a new one for the whole request. */
    public UUID correlationId() {
        return correlationId;
    }

    /**
     * This caller as a plain value that outlives the request: an injected caller is a proxy to
     * the current request's, which work batched across requests must not hold.
     */
    public Caller value() {
        return this;
    }

    public boolean mayAct(AreaPath path) {
        return area != null && path.within(area);
    }

    /**
     * The aggregate, if it exists and lies in the caller's area; otherwise 404, so what lies
     * outside the caller's area is as invisible as what does not exist.
     */
    public <A> Versioned<A> visible(Optional<Versioned<A>> found, Function<A, AreaPath> area, String what, String id) {
        return within(found, versioned -> area.apply(versioned.aggregate()), what, id);
    }

    /** {@link #visible}, for what is read without its version. */
    public <T> T within(Optional<T> found, Function<T, AreaPath> area, String what, String id) {
        T thing = found.orElseThrow(() -> ProblemException.notFound(what, id));
        if (!mayAct(area.apply(thing))) {
            throw ProblemException.hidden(what, id);
        }
        return thing;
    }

    /** Refuses (403) a change outside the caller's area. */
    public void requireArea(AreaPath path) {
        if (!mayAct(path)) {
            throw ProblemException.forbidden("Area " + path.code() + " is outside your area " + area);
        }
    }

    /** Refuses (403) what acts on the whole country, such as rebuilding a read model, to a caller with less. */
    public void requireCountry() {
        if (!"".equals(area)) {
            throw ProblemException.forbidden("This acts on the whole country; your area is " + area);
        }
    }

    /** The who, when and why every event of this request records. */
    public EventMetadata metadata(String reason, String areaCode) {
        return new EventMetadata(subject, role, reason, correlationId, null, clock.instant(), areaCode);
    }
}
