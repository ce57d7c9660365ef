package th.poverty.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.eventstore.Fixtures.metadata;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

/**
 * A command's trace through the kernel: kept with its events in the outbox, continued by the relay
 * on Kafka, by the consumer that handles them, and by the events that consumer appends in turn.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class TracingTest {

    /** The spans the service ends, kept in memory instead of exported. */
    @ApplicationScoped
    static class Spans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    EventStore store;

    @Inject
    Pool pool;

    @Inject
    Tracing tracing;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aCommandsTraceGoesOnThroughTheOutboxKafkaAConsumerAndTheEventsItAppends() {
        String stream = "traced-" + UUID.randomUUID();
        Span command = openTelemetry.getTracer("test").spanBuilder("POST /api/v1/probes").setSpanKind(SpanKind.SERVER)
                .startSpan();
        String trace = command.getSpanContext().getTraceId();

        // appended as a request appends: on a Vert.x context where the command's span is current
        tracing.within(command, () -> pool.withTransaction(tx -> store.append(tx, stream, "probe", 0,
                List.of(new NewEvent("Opened", 1, "{\"echo\":true}")), metadata()))).await().atMost(Duration.ofSeconds(10));

        ConsumerRecord<String, String> published = KafkaTopics.read("test.events", r -> r.key().equals(stream), 1).getFirst();
        TraceContext sent = CloudEventHeaders.traceContext(published.headers());
        assertThat(sent).as("the record's traceparent").isNotNull();
        assertThat(sent.spanContext().getTraceId()).as("the command's trace goes on on Kafka").isEqualTo(trace);
        SpanData relay = span(trace, sent.spanContext().getSpanId());
        assertThat(relay.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(relay.getName()).isEqualTo("test.events publish");
        assertThat(relay.getParentSpanId()).as("published under the command").isEqualTo(command.getSpanContext().getSpanId());

        // another service's consumer gets the record as it was published
        KafkaTopics.publish("probe.events", stream, published.value(), published.headers());

        ConsumerRecord<String, String> echo = KafkaTopics.read("test.events", r -> r.key().equals("echo-" + stream), 1)
                .getFirst();
        TraceContext echoed = CloudEventHeaders.traceContext(echo.headers());
        assertThat(echoed.spanContext().getTraceId()).as("the reaction's event is in the command's trace").isEqualTo(trace);
        SpanData reaction = span(trace, echoed.spanContext().getSpanId());
        assertThat(reaction.getKind()).isEqualTo(SpanKind.PRODUCER);
        SpanData consumer = span(trace, reaction.getParentSpanId());
        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getName()).isEqualTo("probe.events process");
        assertThat(consumer.getParentSpanId()).as("the consumer continues the relay's span").isEqualTo(relay.getSpanId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inTrace(trace))
                .as("the consumer's queries, in its span")
                .anyMatch(span -> span.getKind() == SpanKind.CLIENT && span.getParentSpanId().equals(consumer.getSpanId())));
    }

    @Test
    void eventsAppendedOutsideAnyTraceStartTheirTraceAtTheRelay() {
        String stream = "untraced-" + UUID.randomUUID();
        Fixtures.append(pool, store, stream, 0, Fixtures.event("Opened", 1));

        ConsumerRecord<String, String> published = KafkaTopics.read("test.events", r -> r.key().equals(stream), 1).getFirst();
        TraceContext sent = CloudEventHeaders.traceContext(published.headers());
        assertThat(sent).isNotNull();
        SpanData relay = span(sent.spanContext().getTraceId(), sent.spanContext().getSpanId());
        assertThat(relay.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(relay.getParentSpanContext().isValid()).as("a root: no span it could continue").isFalse();
    }

    /** A batch that mixes commands' events: its own trace, linked to each, and a receive span in each. */
    @Test
    void aBatchOfSeveralTracesIsLinkedToEachAndShowsInEach() {
        var tracer = openTelemetry.getTracer("test");
        Span one = tracer.spanBuilder("one").startSpan();
        Span other = tracer.spanBuilder("other").startSpan();
        // two records of one command, one of another, one that came without a trace context
        List<TraceContext> records = Arrays.asList(TraceContext.of(one.getSpanContext()),
                TraceContext.of(other.getSpanContext()), TraceContext.of(one.getSpanContext()), null);

        Span batch = tracing.consuming("probe", "probe.events", records, records.size());
        batch.end();
        one.end();
        other.end();

        SpanData process = span(batch.getSpanContext().getTraceId(), batch.getSpanContext().getSpanId());
        assertThat(process.getParentSpanContext().isValid()).isFalse();
        assertThat(process.getLinks()).extracting(link -> link.getSpanContext().getSpanId())
                .containsExactly(one.getSpanContext().getSpanId(), other.getSpanContext().getSpanId());
        for (Span command : List.of(one, other)) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(inTrace(command.getSpanContext().getTraceId()))
                    .anyMatch(span -> span.getName().equals("probe.events receive")
                            && span.getParentSpanId().equals(command.getSpanContext().getSpanId())
                            && span.getLinks().getFirst().getSpanContext().equals(batch.getSpanContext())));
        }
    }

    private List<SpanData> inTrace(String trace) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(trace)).toList();
    }

    /** The span, once ended and exported. */
    private SpanData span(String trace, String spanId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> inTrace(trace).stream()
                .filter(span -> span.getSpanId().equals(spanId)).findFirst(), Optional::isPresent).orElseThrow();
    }
}
