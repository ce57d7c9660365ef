package th.poverty.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The schemas a service serves (its {@code /schemas/index.json} and the files it lists, read from
 * its classpath as the build wrote them), for checking that the events it produces are what it
 * promises: each payload validated, by a JSON Schema validator, against the schema of its type and
 * schema version.
 */
public final class ServedSchemas {

    private static final String ROOT = "/META-INF/resources";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final JsonNode index;
    private final Map<String, Schema> schemas = new HashMap<>();
    private final Map<String, Boolean> current = new HashMap<>();

    private ServedSchemas(JsonNode index, Map<String, JsonNode> documents) {
        this.index = index;
        documents.forEach((key, document) -> schemas.put(key, REGISTRY.getSchema(document)));
        index.path("events").forEach(entry -> current.merge(key(entry.get("type").asText(), entry.get("schemaVersion").asInt()),
                entry.path("current").asBoolean(), Boolean::logicalOr));
    }

    /** What the service on this classpath serves (as its build wrote it). */
    public static ServedSchemas fromClasspath() {
        return fetched(ServedSchemas::resource);
    }

    /**
     * What a running service serves: {@code get} fetches a URL path (such as {@code /schemas/index.json})
     * from it, as a consumer would, and returns the body.
     */
    public static ServedSchemas fetched(Function<String, String> get) {
        JsonNode index = parse(get.apply(EventSchemas.URL_PREFIX + "index.json"));
        Map<String, JsonNode> documents = new HashMap<>();
        for (JsonNode entry : index.path("events")) {
            documents.put(key(entry.get("type").asText(), entry.get("schemaVersion").asInt()), parse(get.apply(entry.get("schema").asText())));
        }
        return new ServedSchemas(index, documents);
    }

    /** The given schemas, as if served (for testing this class). */
    public static ServedSchemas of(List<EventSchemas.EventSchema> schemas) {
        Map<String, JsonNode> documents = new HashMap<>();
        schemas.forEach(schema -> documents.put(key(schema.type(), schema.version()), schema.schema()));
        return new ServedSchemas(EventSchemas.index("test", schemas, List.of()), documents);
    }

    public JsonNode index() {
        return index;
    }

    /** Every event type the index lists, as {@code <topic>/<type>/v<N>}. */
    public Set<String> listed() {
        Set<String> listed = new TreeSet<>();
        index.path("events").forEach(entry -> listed.add(entry.get("topic").asText() + "/" + entry.get("type").asText() + "/v"
                + entry.get("schemaVersion").asInt()));
        return listed;
    }

    /**
     * The event types and schema versions {@code document} publishes that the index does not
     * list, as {@code <topic>/<type>/v<N>}; empty when the service serves a schema for each.
     */
    public Set<String> unlisted(AsyncApiDocument document) {
        Set<String> unlisted = new TreeSet<>();
        EventSchemas.of(document).forEach(schema -> unlisted.add(schema.topic() + "/" + schema.type() + "/v" + schema.version()));
        unlisted.removeAll(listed());
        return unlisted;
    }

    public boolean serves(String type, int schemaVersion) {
        return schemas.containsKey(key(type, schemaVersion));
    }

    /**
     * Why a payload the service produces now does not follow the served schema of its type and
     * version; empty when it does. A producer writes the version its AsyncAPI document describes,
     * never an older one.
     */
    public List<String> errors(String type, int schemaVersion, String payload) {
        Schema schema = schemas.get(key(type, schemaVersion));
        if (schema == null) {
            return List.of("no schema is served for " + type + " schema version " + schemaVersion
                    + " (the message's " + AsyncApiDocument.SCHEMA_VERSION + " in asyncapi.yaml must match the event's @SchemaVersion)");
        }
        if (!current.getOrDefault(key(type, schemaVersion), false)) {
            return List.of(type + " schema version " + schemaVersion + " is served as an older version: asyncapi.yaml describes"
                    + " another, and the message's " + AsyncApiDocument.SCHEMA_VERSION + " must match the event's @SchemaVersion");
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(payload);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return messages(schema.validate(instance));
    }

    /** Why the payload does not follow the served schema of the current version of its type; empty when it does. */
    public List<String> errors(String type, String payload) {
        for (JsonNode entry : index.path("events")) {
            if (entry.path("current").asBoolean() && entry.get("type").asText().equals(type)) {
                return errors(type, entry.get("schemaVersion").asInt(), payload);
            }
        }
        return List.of("no schema is served for " + type);
    }

    /** Why {@code instance} does not follow {@code schema} (draft 2020-12); empty when it does. */
    public static List<String> errors(JsonNode schema, JsonNode instance) {
        return messages(REGISTRY.getSchema(schema).validate(instance));
    }

    private static List<String> messages(List<Error> found) {
        List<String> errors = new ArrayList<>();
        for (Error error : found) {
            errors.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return errors;
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }

    private static String resource(String url) {
        try (InputStream in = ServedSchemas.class.getResourceAsStream(ROOT + url)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + url + " is not on the classpath: the build's event-schemas step writes it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
