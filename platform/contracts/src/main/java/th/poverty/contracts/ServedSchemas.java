package th.poverty.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private ServedSchemas(JsonNode index, Map<String, JsonNode> documents) {
        this.index = index;
        documents.forEach((key, document) -> schemas.put(key, REGISTRY.getSchema(document)));
    }

    /** What the service on this classpath serves. */
    public static ServedSchemas fromClasspath() {
        JsonNode index = resource(EventSchemas.URL_PREFIX + "index.json");
        Map<String, JsonNode> documents = new HashMap<>();
        for (JsonNode entry : index.path("events")) {
            documents.put(key(entry.get("type").asText(), entry.get("schemaVersion").asInt()), resource(entry.get("schema").asText()));
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

    public boolean serves(String type, int schemaVersion) {
        return schemas.containsKey(key(type, schemaVersion));
    }

    /** Why the payload does not follow the served schema of its type and version; empty when it does. */
    public List<String> errors(String type, int schemaVersion, String payload) {
        Schema schema = schemas.get(key(type, schemaVersion));
        if (schema == null) {
            return List.of("no schema is served for " + type + " schema version " + schemaVersion);
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(payload);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            errors.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return errors;
    }

    private static String key(String type, int version) {
        return type + "/v" + version;
    }

    private static JsonNode resource(String url) {
        try (InputStream in = ServedSchemas.class.getResourceAsStream(ROOT + url)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + url + " is not on the classpath: the build's event-schemas step writes it");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
