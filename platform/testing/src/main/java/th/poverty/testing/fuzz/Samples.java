package th.poverty.testing.fuzz;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import th.poverty.domain.Thailand;

/**
 * A plausible value for a schema, so that a case flaws one thing and the rest gets as far as it can:
 * the service's hint for the field's name, else the schema's enum, example, format or bounds.
 */
final class Samples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, String> hints;
    private final Random random;

    Samples(Map<String, String> hints, Random random) {
        this.hints = hints;
        this.random = random;
    }

    JsonNode of(String name, JsonNode schema) {
        if (name != null && hints.containsKey(name)) {
            return JSON.textNode(hints.get(name));
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("examples")) {
            return schema.get("examples").get(0);
        }
        return switch (schema.path("type").asText("object")) {
            case "object" -> object(schema);
            case "array" -> {
                var array = JSON.arrayNode();
                for (int i = 0; i < Math.max(1, schema.path("minItems").asInt(1)); i++) {
                    array.add(of(null, schema.path("items")));
                }
                yield array;
            }
            case "integer", "number" -> JSON.numberNode(Math.min(Math.max(1, schema.path("minimum").asLong(1)),
                    schema.path("maximum").asLong(Long.MAX_VALUE)));
            case "boolean" -> JSON.booleanNode(true);
            default -> JSON.textNode(switch (schema.path("format").asText()) {
                case "date" -> LocalDate.now(Thailand.ZONE).toString();
                case "date-time" -> "2026-01-15T10:00:00Z";
                case "uuid" -> id();
                default -> "ทดสอบ fuzz";
            });
        };
    }

    /** An id that names nothing, so a write to it changes nothing whatever its body. */
    String id() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = JSON.objectNode();
        schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), of(p.getKey(), p.getValue())));
        return object;
    }
}
