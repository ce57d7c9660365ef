package th.poverty.testing.access;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import th.poverty.testing.Tokens;

/**
 * Who may call what, where: every endpoint of a service against no token, an expired token, a
 * token signed by a stranger's key, and each role inside and outside the area its fixtures lie in.
 * <ul>
 * <li>no, expired or forged token: 401, decided before the target is looked up (so random ids do);</li>
 * <li>a role the endpoint does not declare: 403, inside or outside;</li>
 * <li>a declared role inside the area: neither 401/403 nor a 5xx; a read answers 2xx, so the
 * outside cases below are about something that exists. A write may be refused for its content or
 * state (400, 409, 412, 422): the fixtures' data is shared by all roles' calls, and the point here
 * is that the caller got past the access checks;</li>
 * <li>a declared role outside the area: a write is 403 when it names the area itself (a body's
 * area code, Caller.requireArea) or 404 when it names something there (Caller.visible: what lies
 * outside one's area is as invisible as what does not exist); a read is 403/404 or a 2xx that
 * carries none of the fixtures' ids.</li>
 * </ul>
 * Every endpoint under /api must declare its roles with {@code @RolesAllowed}; one that does not
 * (or is {@code @PermitAll}: the API holds personal data, nothing in it is public) fails its case.
 */
public final class AccessMatrix {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)(?:\\s*:[^}]*)?}");

    private final List<Endpoint> endpoints;
    private final List<String> roles;
    private final String inside;
    private final String outside;
    private final Map<String, String> pathParameters = new HashMap<>();
    private final Map<String, Map<String, String>> queries = new HashMap<>();
    private final Map<String, Body> bodies = new HashMap<>();
    private final Map<String, Map<String, String>> headers = new HashMap<>();
    private final Set<String> ownArea = new HashSet<>();
    private final Set<String> countryWide = new HashSet<>();
    private final Set<String> markers = new HashSet<>();
    private String insideAgency;
    private String outsideAgency;

    private record Body(String contentType, String content) {
    }

    private record Expectation(String name, Predicate<Response> met) {
    }

    private AccessMatrix(List<Endpoint> endpoints, List<String> roles, String inside, String outside) {
        this.endpoints = endpoints;
        this.roles = roles;
        this.inside = inside;
        this.outside = outside;
    }

    /**
     * @param roles   every role a token may carry
     * @param inside  the area the fixtures lie in (a code prefix)
     * @param outside an area that does not contain {@code inside}
     */
    public static AccessMatrix of(List<Endpoint> endpoints, List<String> roles, String inside, String outside) {
        return new AccessMatrix(endpoints, roles, inside, outside);
    }

    /**
     * Partner agencies' tokens name an agency: inside, the one the fixtures' work is with; outside,
     * another agency, whose token may see and change none of it.
     */
    public AccessMatrix agencies(String inside, String outside) {
        this.insideAgency = inside;
        this.outsideAgency = outside;
        return this;
    }

    /** The value every {@code {name}} path parameter takes (a year, an activity's number). */
    public AccessMatrix pathParameter(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    /** The id every {@code {name}} path parameter takes: data inside the area, so no read outside may show it. */
    public AccessMatrix fixture(String name, String id) {
        markers.add(id);
        return pathParameter(name, id);
    }

    public AccessMatrix query(String endpoint, String name, String value) {
        queries.computeIfAbsent(require(endpoint), k -> new HashMap<>()).put(name, value);
        return this;
    }

    /** A header every call of the endpoint sends (a stated purpose, say). */
    public AccessMatrix header(String endpoint, String name, String value) {
        headers.computeIfAbsent(require(endpoint), k -> new HashMap<>()).put(name, value);
        return this;
    }

    /** A body valid enough to reach the access checks, which come after validation. */
    public AccessMatrix body(String endpoint, String json) {
        return body(endpoint, "application/json", json);
    }

    public AccessMatrix body(String endpoint, String contentType, String content) {
        bodies.put(require(endpoint), new Body(contentType, content));
        return this;
    }

    /**
     * The operations every service has from the kernel: rebuilding its read models, and the events
     * its outbox parked and its consumers hold, all for the whole country. Their ids match nothing,
     * so a retry or replay is refused for that (409), past the access checks.
     */
    public AccessMatrix kernelOperations() {
        return countryWide("POST /api/v1/admin/projections/rebuild")
                .countryWide("GET /api/v1/admin/outbox/parked")
                .countryWide("POST /api/v1/admin/outbox/parked/{streamId}/retry")
                .pathParameter("streamId", "a-stream-with-nothing-parked")
                .countryWide("GET /api/v1/admin/inbox/held")
                .countryWide("POST /api/v1/admin/inbox/held/{consumer}/{streamId}/replay")
                .pathParameter("consumer", "a-consumer-holding-nothing");
    }

    /** An endpoint that acts in the caller's own area, whatever it is: outside, it answers as inside. */
    public AccessMatrix ownArea(String endpoint) {
        ownArea.add(require(endpoint));
        return this;
    }

    /**
     * An endpoint that acts on the whole country (rebuilding read models): its callers' area must
     * be the country (""), and one limited to {@code inside} is the one outside.
     */
    public AccessMatrix countryWide(String endpoint) {
        countryWide.add(require(endpoint));
        return this;
    }

    public Stream<DynamicTest> cases() {
        // one token per role and area, shared by all endpoints
        Map<String, String> tokens = new HashMap<>();
        BiFunction<String, String, String> token = (role, area) -> tokens.computeIfAbsent(role + "@" + area,
                k -> tokenOf(role, area));
        String someRole = roles.getFirst();
        String expired = Tokens.expired("expired", someRole, inside);
        String forged = Tokens.forged("forger", someRole, inside);
        List<DynamicTest> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (endpoint.template().startsWith("/api/") && endpoint.roles().isEmpty()) {
                cases.add(DynamicTest.dynamicTest(endpoint + " declares its roles", () -> {
                    throw new AssertionFailedError(endpoint + " has no @RolesAllowed");
                }));
                continue;
            }
            cases.add(call(endpoint, "with no token", null, unauthenticated()));
            cases.add(call(endpoint, "with an expired token", expired, unauthenticated()));
            cases.add(call(endpoint, "with a token signed by another key", forged, unauthenticated()));
            boolean country = countryWide.contains(endpoint.key());
            String here = country ? "" : inside;
            String there = country ? inside : outside;
            for (String role : roles) {
                boolean allowed = endpoint.roles().contains(role);
                cases.add(call(endpoint, "as " + role + (country ? " of the whole country" : " inside " + inside),
                        token.apply(role, here), allowed ? inside(endpoint) : forbidden()));
                cases.add(call(endpoint, "as " + role + (country ? " of " + inside + " only" : " outside " + inside),
                        token.apply(role, there), !allowed || country ? forbidden()
                                : ownArea.contains(endpoint.key()) ? inside(endpoint) : outside(endpoint)));
            }
        }
        return cases.stream();
    }

    private String tokenOf(String role, String area) {
        if (insideAgency != null && "partner-agency".equals(role)) {
            return Tokens.agency(role + "-" + area, area.equals(outside) ? outsideAgency : insideAgency, area);
        }
        return Tokens.bearer(role + "-" + area, role, area);
    }

    private DynamicTest call(Endpoint endpoint, String who, String token, Expectation expected) {
        return DynamicTest.dynamicTest(endpoint + " " + who + " -> " + expected.name(), () -> {
            Response response = request(endpoint, token);
            if (!expected.met().test(response)) {
                String body = response.asString();
                throw new AssertionFailedError(endpoint + " " + who + ": expected " + expected.name() + ", got "
                        + response.statusCode() + " " + body.substring(0, Math.min(body.length(), 300)));
            }
        });
    }

    private Response request(Endpoint endpoint, String token) {
        RequestSpecification request = given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", token);
        }
        // writes name the version they read; a stale one is 412, which is past the access checks
        request.header("If-Match", "\"1\"");
        queries.getOrDefault(endpoint.key(), Map.of()).forEach(request::queryParam);
        headers.getOrDefault(endpoint.key(), Map.of()).forEach(request::header);
        Body body = bodies.get(endpoint.key());
        if (body != null) {
            request.contentType(body.contentType()).body(body.content());
        } else if (endpoint.writes()) {
            request.contentType("application/json").body("{}");
        }
        return request.request(endpoint.verb(), path(endpoint.template()));
    }

    private String path(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            // absent a fixture, a random id: enough for the cases decided before any lookup
            String value = pathParameters.getOrDefault(parameter.group(1), UUID.randomUUID().toString());
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return parameter.appendTail(path).toString();
    }

    private String require(String endpoint) {
        if (endpoints.stream().noneMatch(e -> e.key().equals(endpoint))) {
            throw new IllegalArgumentException("no endpoint " + endpoint + " among " + endpoints);
        }
        return endpoint;
    }

    private static Expectation unauthenticated() {
        return new Expectation("401", r -> r.statusCode() == 401);
    }

    private static Expectation forbidden() {
        return new Expectation("403", r -> r.statusCode() == 403);
    }

    private static Expectation inside(Endpoint endpoint) {
        return endpoint.writes()
                ? new Expectation("allowed", r -> r.statusCode() != 401 && r.statusCode() != 403 && r.statusCode() < 500)
                : new Expectation("2xx", r -> r.statusCode() / 100 == 2);
    }

    private Expectation outside(Endpoint endpoint) {
        return endpoint.writes()
                ? new Expectation("403 or 404", r -> r.statusCode() == 403 || r.statusCode() == 404)
                : new Expectation("403, 404 or nothing of " + inside, r -> r.statusCode() == 403 || r.statusCode() == 404
                        || r.statusCode() / 100 == 2 && markers.stream().noneMatch(r.asString()::contains));
    }
}
