package th.poverty.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmarks' set-up calls: a request that must answer a given status, and the id a creation answers with. */
final class Answers {

    private static final int RETRIES = 5;
    private static final Pattern ID = Pattern.compile("\"(?:householdId|carerId)\"\\s*:\\s*\"([^\"]+)\"");

    private Answers() {
    }

    /**
     * The body of the answer; anything but {@code expected} stops the benchmark with the answer. A
     * refusal with Retry-After (a service at its admission limit, as while its JIT is cold) is
     * retried after the time it asks, as the services' clients do, a few times.
     */
    static String expect(HttpClient http, HttpRequest request, int expected) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (int retry = 0; retry < RETRIES && response.statusCode() == 503
                    && response.headers().firstValue("Retry-After").isPresent(); retry++) {
                Thread.sleep(Duration.ofSeconds(Long.parseLong(response.headers().firstValue("Retry-After").get())));
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            }
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The household or carer id in a creation's answer. */
    static String id(String body) {
        Matcher m = ID.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }
}
