package th.poverty.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON over HTTP to one service, as the demo loaders talk to it: a bearer token, an
 * Idempotency-Key or If-Match where given, and the answer read as JSON (missing when it is not).
 */
final class DemoClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final URI service;
    private final String token;

    DemoClient(URI service, String token) {
        this.service = service;
        this.token = token;
    }

    /**
     * An answer: its status, its body as JSON and as text, its ETag's version (0 without one), and
     * whether it repeats the first answer to an earlier request with the same Idempotency-Key.
     */
    record Answer(int status, JsonNode json, String body, long version, boolean replayed) {

        boolean ok() {
            return status / 100 == 2;
        }

        /** The problem type's last segment, such as {@code already-identified}; empty for a success. */
        String problem() {
            String type = json.path("type").asText("");
            return type.substring(type.lastIndexOf('/') + 1);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** @param body a JSON text, or an object to write as JSON */
    Answer post(String path, Object body, Map<String, String> headers) {
        var request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text(body)));
        headers.forEach(request::header);
        return send(request);
    }

    Answer post(String path, Object body) {
        return post(path, body, Map.of());
    }

    /** A command on something read at {@code version}: If-Match names it. */
    Answer command(String path, long version, Object body) {
        return post(path, body, Map.of("If-Match", "\"" + version + "\""));
    }

    /** Puts a whole resource: a new one (no If-Match), or one read at {@code version}. */
    Answer put(String path, Long version, Object body) {
        var request = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text(body)));
        if (version != null) {
            request.header("If-Match", "\"" + version + "\"");
        }
        return send(request);
    }

    Answer created(String path, String idempotencyKey, Object body) {
        return post(path, body, Map.of("Idempotency-Key", idempotencyKey));
    }

    Answer upload(String path, String contentType, byte[] file) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(service.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            String etag = response.headers().firstValue("ETag").orElse("");
            return new Answer(response.statusCode(), readTree(response.body()), response.body(),
                    etag.isEmpty() ? 0 : Long.parseLong(etag.replace("\"", "").replace("W/", "")),
                    response.headers().firstValue("Idempotent-Replayed").isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object body) {
        if (body instanceof String json) {
            return json;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode readTree(String body) {
        try {
            return body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    /** Waits between polls of a result that arrives through Kafka. */
    static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
