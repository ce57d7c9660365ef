package th.poverty.testing.fuzz;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.restassured.RestAssured;
import th.poverty.testing.Tokens;
import th.poverty.testing.fuzz.CaseGenerator.Generator;
import th.poverty.testing.fuzz.OpenApi.Operation;

/**
 * Malformed requests for every operation of the service under test, derived from its OpenAPI
 * document and drawn from a seeded random source, so that a failure is reproduced by running again.
 * Each is sent with a token of a role the operation allows, inside the area, so that it gets past
 * the access checks to the validation it means to test. A subject sends {@link #PER_SUBJECT}
 * requests, well within its rate limit's burst, then the next takes over.
 */
public final class FuzzCampaign {

    /** Each subject's share, under the burst of 500 a client may send at once. */
    static final int PER_SUBJECT = 200;
    /** The role a case acts in: the first of these the operation allows. */
    private static final List<String> ROLES = List.of("district-officer", "province-officer", "field-team", "ministry",
            "partner-agency", "analyst");

    private final String area;
    private final long seed;
    private final Map<String, String> hints = new HashMap<>();
    private int count = 1_000;

    private FuzzCampaign(String area, long seed) {
        this.area = area;
        this.seed = seed;
    }

    /** @param area the area the tokens act in, a code prefix */
    public static FuzzCampaign inside(String area, long seed) {
        return new FuzzCampaign(area, seed);
    }

    /** A valid value for every body field, path or query parameter named {@code name} (a village code in the area). */
    public FuzzCampaign hint(String name, String value) {
        hints.put(name, value);
        return this;
    }

    /** How many cases to send: every kind of flaw of every operation once, then random draws up to it. */
    public FuzzCampaign cases(int count) {
        this.count = count;
        return this;
    }

    /** The cases for the operations in the OpenAPI document the service under test serves. */
    List<FuzzCase> generate(String openApi) {
        Random random = new Random(seed);
        List<Generator> generators = new ArrayList<>();
        for (Operation operation : OpenApi.operations(openApi)) {
            generators.addAll(new CaseGenerator(operation, hints).generators());
        }
        List<FuzzCase> cases = new ArrayList<>();
        generators.forEach(g -> addIfAny(cases, g.draw().apply(random)));
        List<Generator> repeatable = generators.stream().filter(Generator::repeatable).toList();
        while (cases.size() < count && !repeatable.isEmpty()) {
            addIfAny(cases, repeatable.get(random.nextInt(repeatable.size())).draw().apply(random));
        }
        return cases;
    }

    /** Sends the cases to the service under test; the report says which answers were wrong. */
    public FuzzReport run() {
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        List<FuzzCase> cases = generate(openApi);
        Map<String, List<String>> roles = new HashMap<>();
        OpenApi.operations(openApi).forEach(o -> roles.put(o.key(), o.roles()));
        URI base = URI.create(RestAssured.baseURI + ":" + RestAssured.port);
        FuzzReport report = new FuzzReport();
        Map<String, String> tokens = new HashMap<>();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build()) {
            for (int i = 0; i < cases.size(); i++) {
                FuzzCase fuzz = cases.get(i);
                String role = ROLES.stream().filter(roles.getOrDefault(fuzz.operation(), List.of())::contains).findFirst()
                        .orElse(null);
                String subject = "fuzz-" + (i / PER_SUBJECT);
                String token = role == null ? null : tokens.computeIfAbsent(subject + "/" + role,
                        k -> Tokens.bearer(subject, role, area));
                report.record(fuzz, send(client, base, fuzz, token));
            }
        }
        return report;
    }

    private static FuzzReport.Answer send(HttpClient client, URI base, FuzzCase fuzz, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + fuzz.path()))
                .timeout(Duration.ofSeconds(30))
                .method(fuzz.verb(), fuzz.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(fuzz.body()));
        fuzz.headers().forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        if (token != null) {
            request.header("Authorization", token);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new FuzzReport.Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            // a server may refuse an oversized body by closing the connection before it is all sent
            return new FuzzReport.Answer(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void addIfAny(List<FuzzCase> cases, FuzzCase fuzz) {
        if (fuzz != null) {
            cases.add(fuzz);
        }
    }
}
