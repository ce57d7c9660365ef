package th.poverty.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.poverty.testing.NationalIds;

/**
 * Field teams at work while something breaks: a forum nomination in one village every
 * {@code interval}, and a home visit to each household just nominated. Every answer is kept,
 * with its time, so a test can say what the clients saw during a fault. Requests give up after
 * {@link #PATIENCE}: a service that hangs shows as an answer that never came.
 */
final class HouseholdLoad implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Pattern HOUSEHOLD_ID = Pattern.compile("\"householdId\"\\s*:\\s*\"([^\"]+)\"");

    /** One request and what came back; {@code status} 0 when nothing came back (refused, reset or timed out). */
    record Answer(String command, long startedNanos, int status, String contentType, String body) {

        boolean answered() {
            return status != 0;
        }

        boolean succeeded() {
            return status == 200 || status == 201;
        }

        @Override
        public String toString() {
            return command + " → " + (answered() ? status + " " + contentType : "no answer") + " " + body;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final URI household;
    private final String bearer;
    private final String village;
    private final Duration interval;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final List<String> nominated = new CopyOnWriteArrayList<>();
    private final List<String> visited = new CopyOnWriteArrayList<>();
    private final Thread worker;
    private volatile boolean running = true;

    private HouseholdLoad(URI household, String bearer, String village, Duration interval) {
        this.household = household;
        this.bearer = "Bearer " + bearer;
        this.village = village;
        this.interval = interval;
        this.worker = Thread.ofPlatform().name("household-load-" + village).daemon().start(this::work);
    }

    /** Starts nominating and visiting at once, as a field team of the village's province. */
    static HouseholdLoad start(LocalSystem system, String village, Duration interval) {
        String token = system.tokenKeys().mint("fault-test-field-team", Set.of("field-team"), village.substring(0, 2));
        return new HouseholdLoad(system.url(Service.HOUSEHOLD), token, village, interval);
    }

    /** Stops after the request in flight and returns every answer, in the order asked. */
    List<Answer> stop() {
        running = false;
        try {
            worker.join(PATIENCE.multipliedBy(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.copyOf(answers);
    }

    @Override
    public void close() {
        stop();
    }

    /** Households whose nomination was answered 201 (others may exist: a crash can swallow an answer). */
    List<String> nominated() {
        return List.copyOf(nominated);
    }

    /** Households whose visit was answered 200. */
    List<String> visited() {
        return List.copyOf(visited);
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    private void work() {
        while (running) {
            long began = System.nanoTime();
            nominate();
            long left = interval.toNanos() - (System.nanoTime() - began);
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void nominate() {
        Answer answer = post("/api/v1/households/forum-nominations", null, """
                {"forumDate": "%s", "villageCode": "%s", "reason": "รายได้ต่ำกว่าเกณฑ์ จปฐ.",
                 "head": {"nationalId": "%s", "firstName": "สมหญิง", "lastName": "มีสุข"}}"""
                .formatted(LocalDate.now(), village, NationalIds.random()));
        Matcher id = HOUSEHOLD_ID.matcher(answer.body());
        if (answer.status() != 201 || !id.find()) {
            return;
        }
        nominated.add(id.group(1));
        Answer visit = post("/api/v1/households/" + id.group(1) + "/visits", "\"1\"", """
                {"visitedOn": "%s", "visitedBy": ["พัฒนากร"], "notes": "เยี่ยมบ้านหลังเวทีประชาคม"}"""
                .formatted(LocalDate.now()));
        if (visit.succeeded()) {
            visited.add(id.group(1));
        }
    }

    private Answer post(String path, String ifMatch, String json) {
        var request = HttpRequest.newBuilder(household.resolve(path))
                .timeout(PATIENCE)
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        String command = path.endsWith("/visits") ? "visit" : "nomination";
        long started = System.nanoTime();
        Answer answer;
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(command, started, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            answer = new Answer(command, started, 0, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            answer = new Answer(command, started, 0, "", "interrupted");
        }
        answers.add(answer);
        return answer;
    }
}
