package th.poverty.testing.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The operations a service's OpenAPI document declares, with every {@code $ref} resolved. */
final class OpenApi {

    /** Deep enough for any request body of ours; a cycle would otherwise never end. */
    private static final int MAX_DEPTH = 12;

    private final JsonNode document;

    private OpenApi(JsonNode document) {
        this.document = document;
    }

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String verb, String path, List<Parameter> parameters, JsonNode body, List<String> roles) {

        String key() {
            return verb + " " + path;
        }

        boolean writes() {
            return !verb.equals("GET");
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean takesIfMatch() {
            return in("header").stream().anyMatch(p -> p.name().equalsIgnoreCase("If-Match"));
        }

        /** A write that names nothing existing: a valid body creates something, so every case must be invalid. */
        boolean creates() {
            return writes() && in("path").isEmpty();
        }
    }

    static List<Operation> operations(String json) {
        try {
            return new OpenApi(new ObjectMapper().readTree(json)).operations();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an OpenAPI document", e);
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> verbs = path.getValue().fields(); verbs.hasNext(); ) {
                var verb = verbs.next();
                if (verb.getKey().equals("parameters")) {
                    continue;
                }
                JsonNode operation = verb.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode list : List.of(path.getValue().path("parameters"), operation.path("parameters"))) {
                    list.forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            resolve(p.path("schema"), 0))));
                }
                JsonNode content = operation.path("requestBody").path("content");
                JsonNode body = content.has("application/json") ? resolve(content.get("application/json").path("schema"), 0) : null;
                List<String> roles = new ArrayList<>();
                operation.path("security").forEach(requirement -> requirement.forEach(scopes -> scopes.forEach(
                        role -> roles.add(role.asText()))));
                operations.add(new Operation(verb.getKey().toUpperCase(), path.getKey(), parameters, body, roles));
            }
        }
        return operations;
    }

    /** The schema with {@code $ref}s replaced by what they name; a sibling of a {@code $ref} (examples) wins. */
    private JsonNode resolve(JsonNode schema, int depth) {
        if (!schema.isObject() || depth > MAX_DEPTH) {
            return schema;
        }
        ObjectNode resolved = new ObjectMapper().createObjectNode();
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            resolved.setAll((ObjectNode) resolve(document.path("components").path("schemas").path(name), depth + 1));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.fields(); fields.hasNext(); ) {
            var field = fields.next();
            switch (field.getKey()) {
                case "$ref" -> {
                }
                case "items" -> resolved.set("items", resolve(field.getValue(), depth + 1));
                case "properties" -> {
                    ObjectNode properties = resolved.putObject("properties");
                    field.getValue().fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(p.getValue(), depth + 1)));
                }
                default -> resolved.set(field.getKey(), field.getValue());
            }
        }
        return resolved;
    }
}
