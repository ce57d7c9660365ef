package th.poverty.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import th.poverty.testing.NationalIds;
import th.poverty.testing.TokenKeys;

/**
 * The Chachoengsao (province 24) demo: households nominated at community forums, loaded through
 * household-service's public API as a provincial officer would. Every request is the same on
 * every run (fixed national IDs, one Idempotency-Key per household), so loading twice adds nothing.
 */
public final class ChachoengsaoDemo {

    public static final String PROVINCE = "24";
    private static final String DATA = "chachoengsao-demo.json";
    private static final String NOMINATIONS = "/api/v1/households/forum-nominations";
    private static final String ALREADY_IDENTIFIED = "/problems/already-identified";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** One demo household: the forum's nomination with the head of household. */
    record DemoHousehold(int number, String villageCode, String forumDate, String reason, String firstName,
                         String lastName, String phone, String houseNumber, String address) {

        /** Deterministic and valid: the same person on every run, so a repeat is recognised as one. */
        String nationalId() {
            return NationalIds.withCheckDigit("3240%08d".formatted(number));
        }

        String idempotencyKey() {
            return "demo-household-" + number;
        }

        /** The body household-service expects (its ForumNomination). */
        Nomination nomination() {
            return new Nomination(forumDate, villageCode, reason, new Head(nationalId(), firstName, lastName, phone),
                    houseNumber, address);
        }
    }

    record Nomination(String forumDate, String villageCode, String reason, Head head, String houseNumber, String address) {
    }

    record Head(String nationalId, String firstName, String lastName, String phone) {
    }

    /** What a load did; {@code failures} holds one line per household that was refused. */
    public record Result(int created, int alreadyLoaded, List<String> failures) {
    }

    List<DemoHousehold> households() {
        try (InputStream in = ChachoengsaoDemo.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException(DATA + " is missing from the classpath");
            }
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Result load(URI householdService, TokenKeys keys) {
        String token = keys.mint("demo-loader", Set.of("province-officer"), PROVINCE, Duration.ofMinutes(30));
        int created = 0;
        int already = 0;
        List<String> failures = new ArrayList<>();
        for (DemoHousehold household : households()) {
            HttpResponse<String> response = post(householdService.resolve(NOMINATIONS), token, household);
            switch (outcome(response)) {
                case CREATED -> created++;
                case ALREADY_LOADED -> already++;
                case REFUSED -> failures.add(household.idempotencyKey() + ": " + response.statusCode() + " " + response.body());
            }
        }
        return new Result(created, already, List.copyOf(failures));
    }

    private enum Outcome { CREATED, ALREADY_LOADED, REFUSED }

    /** A repeat answers 201 with repeated=true (same key) or 409 already-identified (same person, key forgotten). */
    private Outcome outcome(HttpResponse<String> response) {
        JsonNode body = readTree(response.body());
        return switch (response.statusCode()) {
            case 201 -> body.path("repeated").asBoolean() ? Outcome.ALREADY_LOADED : Outcome.CREATED;
            case 409 -> ALREADY_IDENTIFIED.equals(body.path("type").asText()) ? Outcome.ALREADY_LOADED : Outcome.REFUSED;
            default -> Outcome.REFUSED;
        };
    }

    private HttpResponse<String> post(URI uri, String token, DemoHousehold household) {
        try {
            var request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .header("Idempotency-Key", household.idempotencyKey())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(household.nomination())))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach household-service at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode readTree(String body) {
        try {
            return body.isBlank() ? json.missingNode() : json.readTree(body);
        } catch (IOException notJson) {
            return json.missingNode();
        }
    }
}
