package th.poverty.eventstore;

import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * A span's W3C trace context as it travels: the {@code traceparent} and {@code tracestate}
 * headers' values. Appended events keep the context of the span that appended them (a command's
 * request, a consumer's batch) with their outbox entry, and the relay continues it on Kafka.
 *
 * @param traceparent {@code 00-<trace id>-<span id>-<flags>}
 * @param tracestate  vendors' entries, null when there are none
 */
public record TraceContext(String traceparent, String tracestate) {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<TraceContext> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return java.util.List.of(CloudEventHeaders.TRACEPARENT, CloudEventHeaders.TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            return carrier == null ? null : switch (key) {
                case CloudEventHeaders.TRACEPARENT -> carrier.traceparent();
                case CloudEventHeaders.TRACESTATE -> carrier.tracestate();
                default -> null;
            };
        }
    };

    /** The context of the span current here, or null when nothing is traced (no span, or tracing is off). */
    public static TraceContext current() {
        return of(Span.current().getSpanContext());
    }

    /** The span's context as headers, or null when it is not a valid one. */
    public static TraceContext of(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> headers = new HashMap<>(4);
        W3C.inject(Context.root().with(Span.wrap(span)), headers, Map::put);
        String state = headers.get(CloudEventHeaders.TRACESTATE);
        return new TraceContext(headers.get(CloudEventHeaders.TRACEPARENT), state == null || state.isEmpty() ? null : state);
    }

    /** The remote span these headers name; invalid if the traceparent is missing or malformed. */
    public SpanContext spanContext() {
        return Span.fromContext(W3C.extract(Context.root(), this, GETTER)).getSpanContext();
    }
}
