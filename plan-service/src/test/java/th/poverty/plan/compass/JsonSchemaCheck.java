package th.poverty.plan.compass;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON value against the subset of JSON Schema the AsyncAPI document uses ($ref,
 * allOf, type, enum, required, properties, items, minItems, minimum, pattern, format). Stricter
 * than JSON Schema in one way: a field the schema does not document is an error, so a payload
 * cannot grow without its contract.
 */
final class JsonSchemaCheck {

    private final JsonNode document;

    JsonSchemaCheck(JsonNode document) {
        this.document = document;
    }

    List<String> errors(JsonNode schema, JsonNode value) {
        List<String> errors = new ArrayList<>();
        check(schema, value, "$", errors);
        return errors;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (schema.has("$ref")) {
            check(resolve(schema.get("$ref").asText()), value, path, errors);
            return;
        }
        schema.path("allOf").forEach(part -> check(part, value, path, errors));
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            errors.add(path + ": " + value.getNodeType() + " is not of type " + schema.get("type"));
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (value.isNull()) {
            return;
        }
        if (value.isObject()) {
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    errors.add(path + ": missing required " + name.asText());
                }
            });
            JsonNode properties = schema.path("properties");
            value.fieldNames().forEachRemaining(name -> {
                if (properties.has(name)) {
                    check(properties.get(name), value.get(name), path + "." + name, errors);
                } else if (!properties.isMissingNode()) {
                    errors.add(path + ": " + name + " is not documented");
                }
            });
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                errors.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            for (int i = 0; i < value.size(); i++) {
                if (schema.has("items")) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
                }
            }
        }
        if (value.isNumber() && schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
            errors.add(path + ": " + value + " is below " + schema.get("minimum"));
        }
        if (value.isTextual()) {
            checkText(schema, value.asText(), path, errors);
        }
    }

    private static void checkText(JsonNode schema, String text, String path, List<String> errors) {
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            errors.add(path + ": '" + text + "' does not match " + schema.get("pattern").asText());
        }
        try {
            switch (schema.path("format").asText()) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> OffsetDateTime.parse(text);
                case "uuid" -> UUID.fromString(text);
                default -> {
                    // no format, or one not checked
                }
            }
        } catch (RuntimeException e) {
            errors.add(path + ": '" + text + "' is not a " + schema.get("format").asText());
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode allowed : values) {
            if (allowed.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonNode target = document.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("unresolved reference " + ref);
        }
        return target;
    }
}
