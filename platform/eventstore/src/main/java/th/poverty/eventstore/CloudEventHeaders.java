package th.poverty.eventstore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The CloudEvents 1.0 envelope in Kafka binary mode: attributes travel as {@code ce_*} headers,
 * the event's JSON payload is the record value, the stream id its key. Extensions carry the
 * stream version, the actor, correlation and causation ids and the area code. The reason is not
 * among them: it is free text, kept by the owning service ({@link FreeTexts}).
 * <p>
 * Beside them, the W3C trace context ({@code traceparent}, {@code tracestate}, the CloudEvents
 * distributed-tracing extension) names the span that published the event: the relay's PRODUCER
 * span, a child of the span that appended it (the command's request, or the consumer's batch that
 * reacted), so a command's trace goes on in every consumer ({@link Tracing}). An event appended
 * while nothing was traced, or published with tracing off, carries none, and its consumers start
 * a trace of their own: a made-up context would name a span no tracer recorded. The correlation
 * id, which every event of a flow shares whether traced or not, stays the way to find a flow's
 * events and logs.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SCHEMA_VERSION = "ce_schemaversion";
    public static final String STREAM_TYPE = "ce_streamtype";
    public static final String STREAM_VERSION = "ce_streamversion";
    public static final String ACTOR = "ce_actor";
    public static final String ACTOR_ROLE = "ce_actorrole";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String AREA_CODE = "ce_areacode";
    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private CloudEventHeaders() {
    }

    /** The envelope of an event published outside any trace. */
    public static Headers of(StoredEvent event, String source) {
        return of(event, source, null);
    }

    /** The envelope of an event published under the span {@code trace} names (none if null). */
    public static Headers of(StoredEvent event, String source, TraceContext trace) {
        EventMetadata m = event.metadata();
        var headers = new RecordHeaders();
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, event.eventId().toString());
        put(headers, SOURCE, source);
        put(headers, TYPE, event.type());
        put(headers, SUBJECT, event.streamId());
        put(headers, TIME, m.occurredAt().toString());
        put(headers, CONTENT_TYPE, "application/json");
        put(headers, SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        put(headers, STREAM_TYPE, event.streamType());
        put(headers, STREAM_VERSION, Long.toString(event.version()));
        put(headers, ACTOR, m.actor());
        put(headers, ACTOR_ROLE, m.actorRole());
        put(headers, CORRELATION_ID, m.correlationId());
        put(headers, CAUSATION_ID, m.causationId());
        put(headers, AREA_CODE, m.areaCode());
        if (trace != null) {
            put(headers, TRACEPARENT, trace.traceparent());
            put(headers, TRACESTATE, trace.tracestate());
        }
        return headers;
    }

    /** The trace context a record came with, or null when it has no traceparent. */
    public static TraceContext traceContext(Headers headers) {
        Header parent = headers.lastHeader(TRACEPARENT);
        if (parent == null || parent.value() == null) {
            return null;
        }
        Header state = headers.lastHeader(TRACESTATE);
        return new TraceContext(text(parent), state == null ? null : text(state));
    }

    /**
     * Reads the envelope back. A record without the required attributes is not an event of this
     * system: a {@link PoisonMessage}.
     */
    public static IncomingEvent read(Headers headers, String payload) {
        // one pass over the headers (a consumer reads millions in a replay); the last of a key wins
        String id = null, source = null, type = null, subject = null, time = null, schemaVersion = null, streamType = null,
                streamVersion = null, actor = null, actorRole = null, correlationId = null,
                causationId = null, areaCode = null;
        for (Header header : headers) {
            switch (header.key()) {
                case ID -> id = text(header);
                case SOURCE -> source = text(header);
                case TYPE -> type = text(header);
                case SUBJECT -> subject = text(header);
                case TIME -> time = text(header);
                case SCHEMA_VERSION -> schemaVersion = text(header);
                case STREAM_TYPE -> streamType = text(header);
                case STREAM_VERSION -> streamVersion = text(header);
                case ACTOR -> actor = text(header);
                case ACTOR_ROLE -> actorRole = text(header);
                case CORRELATION_ID -> correlationId = text(header);
                case CAUSATION_ID -> causationId = text(header);
                case AREA_CODE -> areaCode = text(header);
                default -> {
                    // specversion, content-type, others' extensions, and the trace context (traceContext): not read back
                }
            }
        }
        try {
            var metadata = new EventMetadata(required(actor, ACTOR), actorRole, "", uuid(correlationId),
                    uuid(causationId), instant(required(time, TIME)), areaCode);
            return new IncomingEvent(
                    UUID.fromString(required(id, ID)),
                    required(source, SOURCE),
                    required(type, TYPE),
                    streamType,
                    required(subject, SUBJECT),
                    Long.parseLong(required(streamVersion, STREAM_VERSION)),
                    schemaVersion == null ? 1 : Integer.parseInt(schemaVersion),
                    payload,
                    metadata);
        } catch (RuntimeException e) {
            throw new PoisonMessage("not a CloudEvent of this system: " + e.getMessage(), e);
        }
    }

    private static void put(Headers headers, String key, Object value) {
        if (value != null) {
            headers.add(key, value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String text(Header header) {
        return header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing header " + key);
        }
        return value;
    }

    /**
     * ce_time as {@link Instant#toString()} writes it (2026-11-20T03:15:30.123456Z), read without
     * the general formatter, which a replay of millions of events notices; any other form of
     * RFC 3339 goes to {@link Instant#parse}.
     */
    static Instant instant(String text) {
        int n = text.length();
        if (n >= 20 && n <= 30 && n != 21 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z'
                && (n == 20 || text.charAt(19) == '.')) {
            int nanos = 0;
            if (n > 20) {
                nanos = digits(text, 20, n - 1);
                for (int scale = n - 21; scale < 9; scale++) {
                    nanos *= 10;
                }
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (Math.min(Math.min(year, month), Math.min(Math.min(day, hour), Math.min(minute, Math.min(second, nanos)))) >= 0
                    && month >= 1 && month <= 12 && day >= 1 && day <= 28 && hour < 24 && minute < 60 && second < 60) {
                return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(text); // and its checks: days past the 28th, leap seconds, offsets
    }

    /** The decimal number of {@code text[from, to)}, or -1 if it is not all digits. */
    static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
