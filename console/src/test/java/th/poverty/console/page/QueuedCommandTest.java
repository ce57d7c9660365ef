package th.poverty.console.page;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.console.session.SessionCookie;

/**
 * A command from a phone's queue, against a household-service stand-in: the key goes on with the
 * command and with nothing else, and the outcome comes back as JSON the queue settles it by.
 */
@QuarkusTest
@QuarkusTestResource(QueuedCommandTest.HouseholdService.class)
class QueuedCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOUSEHOLD = "0d7c1f4e-8a51-4b5f-9c8e-2f6d1b7a9e01";
    private static final String API = "/api/v1/households/" + HOUSEHOLD;

    static WireMockServer service;

    @TestHTTPResource("/")
    URI console;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** household-service, as far as these forms reach it. */
    public static class HouseholdService implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            service = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            service.start();
            return Map.of("quarkus.rest-client.household.url", service.baseUrl());
        }

        @Override
        public void stop() {
            service.stop();
        }
    }

    @BeforeEach
    void aFreshService() {
        service.resetAll();
    }

    @Test
    void anAppliedCommandCarriesItsKeyToTheServiceAndAnswersWhereToGoAndTheNewVersion() throws Exception {
        service.stubFor(post(urlEqualTo(API + "/visits")).willReturn(json(200,
                "{\"householdId\":\"" + HOUSEHOLD + "\",\"visits\":2,\"version\":8}")));

        var answer = send("/visits", "version=7&visitedOn=2026-12-01&visitedBy=carer&notes=n", "key-1", true);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("state").asText()).isEqualTo("applied");
        assertThat(body.path("version").asLong()).isEqualTo(8);
        assertThat(body.path("location").asText()).isEqualTo("/households/" + HOUSEHOLD + "?saved=visit#visit");
        service.verify(postRequestedFor(urlEqualTo(API + "/visits")).withHeader("Idempotency-Key", equalTo("key-1"))
                .withHeader("If-Match", equalTo("\"7\"")));
    }

    @Test
    void aStaleCommandIsAConflictWithWhatIsRecordedNowReadWithoutTheKey() throws Exception {
        service.stubFor(post(urlEqualTo(API + "/assessment")).willReturn(json(412,
                "{\"type\":\"https://poverty.go.th/problems/stale\",\"title\":\"Stale\",\"status\":412,\"currentVersion\":9}",
                "application/problem+json")));
        service.stubFor(get(urlEqualTo(API + "/family-folder")).willReturn(json(200, """
                {"householdId":"%s","members":[],"visits":[],"causes":[],"version":9,
                 "assessment":{"assessedOn":"2026-11-30","attitude":{"willingToChange":false},
                   "skills":{"workingMembers":1,"skills":["ทอผ้า"]},
                   "resources":{"landRai":0.5,"ownsLand":false,"meansOfProduction":[]},
                   "wayOut":{"direction":"รับจ้าง"}}}""".formatted(HOUSEHOLD))));

        var answer = send("/assessment", "version=7&assessedOn=2026-12-01&willingToChange=true&direction=x", "key-2", true);

        assertThat(answer.statusCode()).isEqualTo(409);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("state").asText()).isEqualTo("conflict");
        assertThat(body.path("version").asLong()).isEqualTo(9);
        assertThat(body.path("current").path("direction").asText()).isEqualTo("รับจ้าง");
        assertThat(body.path("current").path("willingToChange").asText()).isEqualTo("false");
        assertThat(body.path("current").path("landRai").asText()).isEqualTo("0.5");
        service.verify(postRequestedFor(urlEqualTo(API + "/assessment")).withHeader("Idempotency-Key", equalTo("key-2")));
        service.verify(getRequestedFor(urlEqualTo(API + "/family-folder")).withHeader("Idempotency-Key", absent()));
    }

    @Test
    void aRefusalNamesTheServicesStatusAndItsMessagesByField() throws Exception {
        service.stubFor(post(urlEqualTo(API + "/poverty-causes")).willReturn(json(422,
                "{\"type\":\"https://poverty.go.th/problems/invalid\",\"title\":\"Invalid\",\"status\":422,"
                        + "\"errors\":[{\"field\":\"causes\",\"message\":\"at least one cause\"}]}",
                "application/problem+json")));

        var answer = send("/poverty-causes", "version=7&reason=r", "key-3", true);

        assertThat(answer.statusCode()).isEqualTo(422);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("state").asText()).isEqualTo("refused");
        assertThat(body.path("status").asInt()).isEqualTo(422);
        assertThat(body.path("errors").path("causes").asText()).isEqualTo("at least one cause");
    }

    @Test
    void aFormTheBrowserSendsItselfStillGoesBackToThePage() throws Exception {
        service.stubFor(post(urlEqualTo(API + "/visits")).willReturn(json(200,
                "{\"householdId\":\"" + HOUSEHOLD + "\",\"visits\":2,\"version\":8}")));

        var answer = send("/visits", "version=7&visitedOn=2026-12-01&visitedBy=carer", null, false);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("?saved=visit#visit"));
        service.verify(postRequestedFor(urlEqualTo(API + "/visits")).withHeader("Idempotency-Key", absent()));
    }

    @Test
    void aQueuedCommandFromSomeoneNoLongerSignedInStaysQueued() throws Exception {
        var request = HttpRequest.newBuilder(console.resolve("/households/" + HOUSEHOLD + "/visits"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .header("Idempotency-Key", "key-4").POST(HttpRequest.BodyPublishers.ofString("version=7")).build();

        var answer = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).path("state").asText()).isEqualTo("unauthenticated");
        assertThat(service.getAllServeEvents()).as("nothing sent to the service").isEmpty();
    }

    private HttpResponse<String> send(String form, String fields, String key, boolean json) throws Exception {
        var request = HttpRequest.newBuilder(console.resolve("/households/" + HOUSEHOLD + form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", SessionCookie.NAME + "=" + carersToken())
                .header("Accept", json ? "application/json" : "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(fields, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A carer's token as the console reads it (the services, not the console, check its signature). */
    private static String carersToken() {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"sub\":\"carer-1\",\"groups\":[\"field-team\"],\"area\":\"24\",\"exp\":"
                + Instant.now().plusSeconds(600).getEpochSecond() + "}";
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return json(status, body, "application/json");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body, String type) {
        return aResponse().withStatus(status).withHeader("Content-Type", type).withBody(body);
    }
}
