package th.poverty.contracts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One standalone JSON Schema (draft 2020-12) per published message: its payload schema from the
 * AsyncAPI document, with every component it refers to copied into {@code $defs}, so a consumer
 * needs no other file. Served by each service at {@code /schemas/<topic>/<type>/v<N>.json}.
 */
public final class EventSchemas {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** The URL prefix the services serve the schemas under. */
    public static final String URL_PREFIX = "/schemas/";
    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The schema of one event type at one schema version, as published on one topic. */
    public record EventSchema(String topic, String type, int version, ObjectNode schema) {

        /** Relative to /schemas/ (and to a service's recorded schemas: {@code <topic>/<type>.v<N>.json}). */
        public String path() {
            return topic + "/" + type + "/v" + version + ".json";
        }

        public String url() {
            return URL_PREFIX + path();
        }

        public String recordedName() {
            return topic + "/" + type + ".v" + version + ".json";
        }

        public String label() {
            return type + " schema version " + version + " on " + topic;
        }
    }

    private EventSchemas() {
    }

    public static List<EventSchema> of(AsyncApiDocument document) {
        List<EventSchema> schemas = new ArrayList<>();
        for (AsyncApiDocument.Message message : document.publishedMessages()) {
            schemas.add(new EventSchema(message.topic(), message.type(), message.schemaVersion(), standalone(document, message)));
        }
        return schemas;
    }

    static ObjectNode standalone(AsyncApiDocument document, AsyncApiDocument.Message message) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", message.type() + " (schema version " + message.schemaVersion() + ")");
        schema.put("x-topic", message.topic());
        schema.put("x-ce-type", message.type());
        schema.put("x-schema-version", message.schemaVersion());
        schema.setAll(standalone(document, message.payload(), message.type()));
        return schema;
    }

    /** Any schema of the document (a message's headers, say) with the components it uses in {@code $defs}. */
    public static ObjectNode standalone(AsyncApiDocument document, JsonNode node, String what) {
        ObjectNode schema = JSON.createObjectNode();
        Deque<String> pending = new ArrayDeque<>();
        JsonNode payload = document.resolve(node).deepCopy();
        schema.setAll((ObjectNode) rewrite(payload, pending));
        Map<String, JsonNode> defs = new TreeMap<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!defs.containsKey(name)) {
                JsonNode component = document.root().path("components").path("schemas").path(name);
                if (component.isMissingNode()) {
                    throw new IllegalArgumentException(what + " refers to a missing schema " + name);
                }
                defs.put(name, JSON.nullNode());
                defs.put(name, rewrite(component.deepCopy(), pending));
            }
        }
        if (!defs.isEmpty()) {
            ObjectNode $defs = schema.putObject("$defs");
            defs.forEach($defs::set);
        }
        return schema;
    }

    /** Points references to components at {@code $defs}, noting which components are needed. */
    private static JsonNode rewrite(JsonNode node, Deque<String> pending) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                String target = ref.asText();
                if (!target.startsWith(COMPONENT_SCHEMAS)) {
                    throw new IllegalArgumentException("a payload may refer to #/components/schemas only: " + target);
                }
                String name = target.substring(COMPONENT_SCHEMAS.length());
                pending.add(name);
                object.put("$ref", "#/$defs/" + name);
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(rewrite(field.getValue(), pending));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rewrite(array.get(i), pending));
            }
        }
        return node;
    }

    /** The list a consumer starts from: every served schema, current ones first-class, older ones kept. */
    public static ObjectNode index(String service, Collection<EventSchema> current, Collection<EventSchema> older) {
        ObjectNode index = JSON.createObjectNode();
        index.put("service", service);
        index.put("asyncapi", "/asyncapi.yaml");
        index.put("description", "JSON Schemas (draft 2020-12) of the payloads " + service + " publishes, one per event"
                + " type and schema version (the ce_type and ce_schemaversion headers). A published version never"
                + " changes incompatibly: an incompatible change moves the schema version, and older versions stay served.");
        ArrayNode events = index.putArray("events");
        current.forEach(schema -> events.add(entry(schema, true)));
        older.forEach(schema -> events.add(entry(schema, false)));
        return index;
    }

    private static ObjectNode entry(EventSchema schema, boolean current) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("topic", schema.topic());
        entry.put("type", schema.type());
        entry.put("schemaVersion", schema.version());
        entry.put("current", current);
        entry.put("schema", schema.url());
        return entry;
    }
}
