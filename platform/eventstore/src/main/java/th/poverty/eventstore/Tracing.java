package th.poverty.eventstore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * The kernel's spans, through the OpenTelemetry API and the service's SDK (quarkus-opentelemetry),
 * so that a command's trace goes on through the outbox, Kafka and every consumer:
 * <ul>
 * <li>an append keeps the current span's context with each event's outbox entry ({@link TraceContext#current});
 * <li>the relay publishes the events of one trace context under a PRODUCER span, its child, and
 *     sends that span's context as the records' {@code traceparent} ({@link #publishing});
 * <li>a consumer handles a batch under a CONSUMER span whose parent is the records' context
 *     ({@link #consuming}), current while the batch is handled ({@link #within}), so the
 *     consumer's queries and the events it appends in turn belong to the same trace.
 * </ul>
 * Off (no SDK, or {@code quarkus.otel.sdk.disabled}), nothing is created and a stored context is
 * passed on as it is.
 */
@ApplicationScoped
public class Tracing {

    /** Links and per-trace spans of one batch, at most: the SDK's default limit of links per span. */
    static final int MAX_LINKS = 128;

    private final boolean enabled;
    private final Tracer tracer;
    private final Vertx vertx;

    public Tracing(Instance<OpenTelemetry> openTelemetry, Instance<Vertx> vertx,
                   @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean sdkDisabled) {
        this.enabled = openTelemetry.isResolvable() && vertx.isResolvable() && !sdkDisabled;
        this.tracer = (enabled ? openTelemetry.get() : OpenTelemetry.noop()).getTracer("th.poverty.eventstore");
        this.vertx = enabled ? vertx.get() : null;
    }

    /** Whether spans are made: an SDK is there and not disabled. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * A PRODUCER span for {@code count} events published to {@code topic} that were appended under
     * {@code parent} (null: outside any trace, which then starts here). Off, the parent itself.
     */
    Span publishing(String topic, TraceContext parent, int count) {
        SpanContext stored = parent == null ? SpanContext.getInvalid() : parent.spanContext();
        if (!enabled) {
            return Span.wrap(stored);
        }
        SpanBuilder span = messaging(tracer.spanBuilder(topic + " publish"), topic, "publish", count)
                .setSpanKind(SpanKind.PRODUCER);
        if (stored.isValid()) {
            span.setParent(Context.root().with(Span.wrap(stored)));
        } else {
            span.setNoParent();
        }
        return span.startSpan();
    }

    /**
     * The CONSUMER span under which {@code consumer} handles a batch of {@code count} records of
     * {@code topic}, which came with {@code contexts} (null where a record had none). Records of
     * one trace (a command's events) make its parent that trace's span, the others linked. A batch
     * that mixes traces starts a trace of its own linked to each, and each of those traces gets a
     * short "receive" span here linked to it, so every command's trace shows where its events went.
     */
    Span consuming(String consumer, String topic, List<TraceContext> contexts, int count) {
        if (!enabled) {
            return Span.getInvalid();
        }
        Map<String, SpanContext> distinct = new LinkedHashMap<>();
        for (TraceContext context : contexts) {
            SpanContext remote = context == null ? SpanContext.getInvalid() : context.spanContext();
            if (remote.isValid() && distinct.size() < MAX_LINKS) {
                distinct.putIfAbsent(remote.getTraceId() + remote.getSpanId(), remote);
            }
        }
        List<SpanContext> remotes = new ArrayList<>(distinct.values());
        boolean oneTrace = !remotes.isEmpty()
                && remotes.stream().allMatch(remote -> remote.getTraceId().equals(remotes.getFirst().getTraceId()));
        SpanBuilder builder = messaging(tracer.spanBuilder(topic + " process"), topic, "process", count)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.consumer.group.name", consumer);
        if (oneTrace) {
            builder.setParent(Context.root().with(Span.wrap(remotes.getFirst())));
            remotes.subList(1, remotes.size()).forEach(builder::addLink);
        } else {
            builder.setNoParent();
            remotes.forEach(builder::addLink);
        }
        Span span = builder.startSpan();
        if (!oneTrace) {
            for (SpanContext remote : remotes) {
                messaging(tracer.spanBuilder(topic + " receive"), topic, "receive", 1)
                        .setSpanKind(SpanKind.CONSUMER)
                        .setAttribute("messaging.consumer.group.name", consumer)
                        .setParent(Context.root().with(Span.wrap(remote)))
                        .addLink(span.getSpanContext())
                        .startSpan()
                        .end();
            }
        }
        return span;
    }

    /**
     * Runs {@code work} with {@code span} current, on a Vert.x context of its own (duplicated from
     * the caller's), where the span stays current through every callback of the work (the SQL
     * client's, an append's) and nowhere else; ends the span when the work ends. Off, runs it as it is.
     */
    <T> Uni<T> within(Span span, Supplier<Uni<T>> work) {
        if (!enabled) {
            return work.get();
        }
        Context traced = Context.root().with(span);
        return Uni.createFrom().<T>emitter(emitter -> {
            io.vertx.core.Context caller = Vertx.currentContext();
            io.vertx.core.Context own = VertxContext.createNewDuplicatedContext(caller != null ? caller : vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(own, true);
            own.runOnContext(ignored -> {
                // attached to this work's own duplicated context, which nothing else uses: never detached
                traced.makeCurrent();
                try {
                    var running = work.get().subscribe().with(emitter::complete, emitter::fail);
                    emitter.onTermination(running::cancel);
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
        }).onItemOrFailure().invoke((item, failure) -> {
            if (failure != null) {
                // the kind of failure only: a message may quote a record, and spans leave the service
                span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            }
            span.end();
        }).onCancellation().invoke(span::end);
    }

    private static SpanBuilder messaging(SpanBuilder span, String topic, String operation, int count) {
        span.setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.operation.type", operation);
        if (count > 1) {
            span.setAttribute("messaging.batch.message_count", (long) count);
        }
        return span;
    }
}
