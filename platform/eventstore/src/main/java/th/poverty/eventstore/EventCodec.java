package th.poverty.eventstore;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import th.poverty.domain.SchemaVersion;

/**
 * Turns a stream's events (a sealed interface of records) into stored JSON and back. The type
 * name is the record's simple name; the set of types is the sealed interface's permitted
 * records, so adding an event needs no registration. Older schema versions are upcast on read.
 */
public final class EventCodec<E> {

    private final ObjectMapper mapper;
    private final ObjectWriter writer;
    private final Map<String, Class<? extends E>> types = new HashMap<>();
    /** A reader per type, resolved once: a consumer or a replay decodes millions. */
    private final Map<String, ObjectReader> readers = new HashMap<>();
    private final Map<String, Map<Integer, UnaryOperator<ObjectNode>>> upcasters = new HashMap<>();
    /** Each type's {@code householdId} accessor, or null: whom its free text is about. */
    private final Map<Class<?>, Method> subjects = new HashMap<>();

    private EventCodec(Class<E> sealedType, ObjectMapper mapper) {
        this.mapper = mapper.copy().registerModule(FreeTextReferences.module());
        this.writer = this.mapper.writer();
        collect(sealedType);
        if (types.isEmpty()) {
            throw new IllegalArgumentException(sealedType + " must be a sealed interface of event records");
        }
        if (!this.mapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
            // skipped as they are read: for a record, Jackson otherwise copies each unknown field aside
            // until the record is built, only to drop it then
            types.values().forEach(recordType -> this.mapper.configOverride(recordType)
                    .setIgnorals(JsonIgnoreProperties.Value.forIgnoreUnknown(true)));
        }
        types.forEach((type, recordType) -> readers.put(type, this.mapper.readerFor(recordType)));
        types.values().forEach(recordType -> subjects.put(recordType, householdIdOf(recordType)));
    }

    public static <E> EventCodec<E> of(Class<E> sealedType, ObjectMapper mapper) {
        return new EventCodec<>(sealedType, mapper);
    }

    public static <E> EventCodec<E> of(Class<E> sealedType) {
        return new EventCodec<>(sealedType, defaultMapper());
    }

    /** The mapper events are written with: ISO-8601 dates, unknown fields ignored on read. */
    public static ObjectMapper defaultMapper() {
        return new ObjectMapper()
                .findAndRegisterModules()
                .registerModule(new SimpleModule("iso-dates").addDeserializer(LocalDate.class, new IsoDateDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Registers the step that lifts {@code type} from {@code fromVersion} to {@code fromVersion + 1}. */
    public EventCodec<E> upcasting(String type, int fromVersion, UnaryOperator<ObjectNode> step) {
        upcasters.computeIfAbsent(type, t -> new HashMap<>()).put(fromVersion, step);
        return this;
    }

    public String typeOf(E event) {
        return event.getClass().getSimpleName();
    }

    /**
     * The event as stored: its {@link th.poverty.domain.FreeText} components replaced by
     * references, the texts beside it, and the household it is about when it names one.
     */
    public NewEvent encode(E event) {
        Map<UUID, String> kept = new LinkedHashMap<>();
        try {
            String payload = writer.withAttribute(FreeTextReferences.KEPT, kept).writeValueAsString(event);
            return new NewEvent(typeOf(event), currentVersion(event.getClass()), payload, kept, subjectOf(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + typeOf(event), e);
        }
    }

    /** The event as it will read back from the store: its free text as references. */
    public E asStored(E event, NewEvent encoded) {
        return encoded.texts().isEmpty() ? event : decode(encoded.type(), encoded.schemaVersion(), encoded.payload());
    }

    private String subjectOf(E event) {
        Method householdId = subjects.get(event.getClass());
        if (householdId == null) {
            return null;
        }
        try {
            return (String) householdId.invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The accessor of a record's {@code householdId}, the household an event is about; null without one. */
    private static Method householdIdOf(Class<?> recordType) {
        for (RecordComponent component : recordType.getRecordComponents()) {
            if (component.getName().equals("householdId") && component.getType() == String.class) {
                return component.getAccessor();
            }
        }
        return null;
    }

    public E decode(StoredEvent event) {
        return decode(event.type(), event.schemaVersion(), event.payload());
    }

    public E decode(String type, int schemaVersion, String payload) {
        Class<? extends E> recordType = types.get(type);
        if (recordType == null) {
            throw new IllegalArgumentException("unknown event type " + type);
        }
        try {
            int target = currentVersion(recordType);
            if (schemaVersion == target) {
                return readers.get(type).readValue(payload);
            }
            ObjectNode node = (ObjectNode) mapper.readTree(payload);
            for (int v = schemaVersion; v < target; v++) {
                var step = upcasters.getOrDefault(type, Map.of()).get(v);
                if (step == null) {
                    throw new IllegalStateException("no upcaster for " + type + " from version " + v);
                }
                node = step.apply(node);
            }
            return mapper.treeToValue(node, recordType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable " + type + " payload: " + e.getOriginalMessage(), e);
        }
    }

    public boolean knows(String type) {
        return types.containsKey(type);
    }

    private static int currentVersion(Class<?> recordType) {
        SchemaVersion version = recordType.getAnnotation(SchemaVersion.class);
        return version == null ? 1 : version.value();
    }

    @SuppressWarnings("unchecked")
    private void collect(Class<?> root) {
        var pending = new ArrayDeque<Class<?>>();
        pending.add(root);
        while (!pending.isEmpty()) {
            Class<?> next = pending.poll();
            if (next.isRecord()) {
                types.put(next.getSimpleName(), (Class<? extends E>) next);
            } else if (next.isSealed()) {
                pending.addAll(java.util.List.of(next.getPermittedSubclasses()));
            }
        }
    }
}
