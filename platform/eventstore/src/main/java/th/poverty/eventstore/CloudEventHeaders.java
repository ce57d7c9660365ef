package th.poverty.eventstore;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The CloudEvents 1.0 envelope in Kafka binary mode: attributes travel as {@code ce_*} headers,
 * the event's JSON payload is the record value, the stream id its key. Extensions carry the
 * stream version, the actor, the reason, correlation and causation ids, the area code and a
 * W3C {@code traceparent} whose trace id is the correlation id, so a whole flow shares one trace.
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
    public static final String REASON = "ce_reason";
    public static final String CORRELATION_ID = "ce_correlationid";
    public static final String CAUSATION_ID = "ce_causationid";
    public static final String AREA_CODE = "ce_areacode";
    public static final String TRACEPARENT = "traceparent";

    private CloudEventHeaders() {
    }

    public static Headers of(StoredEvent event, String source) {
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
        put(headers, REASON, m.reason());
        put(headers, CORRELATION_ID, m.correlationId());
        put(headers, CAUSATION_ID, m.causationId());
        put(headers, AREA_CODE, m.areaCode());
        if (m.correlationId() != null) {
            put(headers, TRACEPARENT, traceparent(m.correlationId(), event.eventId()));
        }
        return headers;
    }

    /**
     * Reads the envelope back. A record without the required attributes is not an event of this
     * system: a {@link PoisonMessage}.
     */
    public static IncomingEvent read(Headers headers, String payload) {
        try {
            var metadata = new EventMetadata(
                    required(headers, ACTOR),
                    optional(headers, ACTOR_ROLE),
                    optional(headers, REASON),
                    uuid(optional(headers, CORRELATION_ID)),
                    uuid(optional(headers, CAUSATION_ID)),
                    Instant.parse(required(headers, TIME)),
                    optional(headers, AREA_CODE));
            String schemaVersion = optional(headers, SCHEMA_VERSION);
            return new IncomingEvent(
                    UUID.fromString(required(headers, ID)),
                    required(headers, SOURCE),
                    required(headers, TYPE),
                    optional(headers, STREAM_TYPE),
                    required(headers, SUBJECT),
                    Long.parseLong(required(headers, STREAM_VERSION)),
                    schemaVersion == null ? 1 : Integer.parseInt(schemaVersion),
                    payload,
                    metadata);
        } catch (RuntimeException e) {
            throw new PoisonMessage("not a CloudEvent of this system: " + e.getMessage(), e);
        }
    }

    static String traceparent(UUID correlationId, UUID eventId) {
        String traceId = correlationId.toString().replace("-", "");
        String spanId = String.format("%016x", eventId.getLeastSignificantBits());
        return "00-" + traceId + "-" + spanId + "-01";
    }

    private static void put(Headers headers, String key, Object value) {
        if (value != null) {
            headers.add(key, value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String optional(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String key) {
        String value = optional(headers, key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing header " + key);
        }
        return value;
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
