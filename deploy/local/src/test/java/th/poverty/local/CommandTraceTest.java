package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import th.poverty.domain.Thailand;
import th.poverty.local.TraceReceiver.ExportedSpan;
import th.poverty.testing.NationalIds;

/**
 * One command's trace across the four services, as a trace store receives it over OTLP: the
 * request in household-service, its outbox relay publishing the event, and team-, plan- and
 * reporting-service each handling it, with their queries, all in the trace the caller started.
 */
@ExtendWith(SharedLocalSystem.class)
class CommandTraceTest {

    /** หมู่ 10 ต.ท่าสะอ้าน อ.บางปะกง: no other test of the local system works there. */
    private static final String VILLAGE = "24040210";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private static SharedLocalSystem.Running running;

    @BeforeAll
    static void theWholeSystemRuns() {
        running = SharedLocalSystem.running();
    }

    @Test
    void aNominationsTraceSpansTheServicesThatHandleIt() {
        // the caller's span, as the console's or a partner's: the services continue its trace
        String trace = hex(16);
        String caller = hex(8);
        running.as(Service.HOUSEHOLD, "trace-test", "field-team", "24").contentType(ContentType.JSON)
                .header("traceparent", "00-" + trace + "-" + caller + "-01")
                .body("""
                        {"forumDate": "%s", "villageCode": "%s", "reason": "ไม่มีที่ดินทำกิน",
                         "head": {"nationalId": "%s", "firstName": "บุญมี", "lastName": "ทองคำ"}}"""
                        .formatted(LocalDate.now(Thailand.ZONE), VILLAGE, NationalIds.random()))
                .post("/api/v1/households/forum-nominations").then().statusCode(201);

        TraceReceiver receiver = TraceReceiver.running();
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<ExportedSpan> spans = receiver.trace(trace);
            ExportedSpan request = only(spans, span -> span.service().equals("household-service") && span.kind().equals("SERVER"));
            assertThat(request.parentSpanId()).as("the request continues the caller's trace").isEqualTo(caller);
            ExportedSpan publish = only(spans, span -> span.service().equals("household-service")
                    && span.kind().equals("PRODUCER") && span.name().equals("household.events publish"));
            assertThat(publish.parentSpanId()).as("the relay publishes under the request").isEqualTo(request.spanId());
            for (String consumer : List.of("team-service", "plan-service", "reporting-service")) {
                ExportedSpan handled = only(spans, span -> span.service().equals(consumer) && span.kind().equals("CONSUMER")
                        && span.name().equals("household.events process"));
                assertThat(handled.parentSpanId()).as(consumer + " handles the event the relay published")
                        .isEqualTo(publish.spanId());
                assertThat(spans).as(consumer + "'s queries, in its span")
                        .anyMatch(span -> span.kind().equals("CLIENT") && span.parentSpanId().equals(handled.spanId()));
            }
            // one tree: every span hangs off another of the trace, only the request off the caller
            Set<String> ids = spans.stream().map(ExportedSpan::spanId).collect(Collectors.toSet());
            assertThat(spans).allMatch(span -> ids.contains(span.parentSpanId()) || span == request,
                    "its parent is a span of the trace");
        });
        System.out.printf("The nomination's trace %s:%n", trace);
        printTree(receiver.trace(trace), caller, "  ");
    }

    /** The spans under {@code parent}, one a line, indented by depth: what a trace store's view shows. */
    private static void printTree(List<ExportedSpan> spans, String parent, String indent) {
        for (ExportedSpan span : spans) {
            if (span.parentSpanId().equals(parent)) {
                System.out.printf("%s%s %s %s%n", indent, span.service(), span.kind(), span.name());
                printTree(spans, span.spanId(), indent + "  ");
            }
        }
    }

    private static ExportedSpan only(List<ExportedSpan> spans, java.util.function.Predicate<ExportedSpan> match) {
        List<ExportedSpan> found = spans.stream().filter(match).toList();
        assertThat(found).as("spans matching, of " + spans).hasSize(1);
        return found.getFirst();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
