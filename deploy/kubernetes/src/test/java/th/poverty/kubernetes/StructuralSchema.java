package th.poverty.kubernetes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Validates a value against a CRD's openAPIV3Schema the way the API server does under
 * {@code kubectl apply --validate=strict}: a field the schema does not declare is an error unless
 * the schema preserves unknown fields. CEL rules ({@code x-kubernetes-validations}) cannot be
 * evaluated here: an object that reaches one fails unless the caller has reviewed that rule by
 * hand, so that nothing passes unchecked.
 */
final class StructuralSchema {

    /** Keywords that document or default and constrain nothing. */
    private static final Set<String> ANNOTATIONS = Set.of("description", "example", "default", "format",
            "nullable", "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type");
    private static final Set<String> CONSTRAINTS = Set.of("type", "properties", "additionalProperties",
            "required", "items", "enum", "minimum", "maximum", "pattern", "minItems", "oneOf", "anyOf",
            "x-kubernetes-int-or-string", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-validations");

    private final Predicate<String> reviewedCelRule;

    private StructuralSchema(Predicate<String> reviewedCelRule) {
        this.reviewedCelRule = reviewedCelRule;
    }

    static List<String> validate(JsonNode value, JsonNode schema, Predicate<String> reviewedCelRule) {
        List<String> errors = new ArrayList<>();
        new StructuralSchema(reviewedCelRule).validate(value, schema, "", true, errors);
        return errors;
    }

    /**
     * @param strict whether fields the schema does not declare are errors: not inside a oneOf or
     *               anyOf alternative, whose properties only constrain the fields they name
     */
    private void validate(JsonNode value, JsonNode schema, String path, boolean strict, List<String> errors) {
        for (JsonNode rule : schema.path("x-kubernetes-validations")) {
            if (!reviewedCelRule.test(rule.path("rule").asText())) {
                errors.add(path + ": CEL rule not evaluated here and not reviewed: " + rule.path("rule").asText());
            }
        }
        schema.fieldNames().forEachRemaining(keyword -> {
            if (!ANNOTATIONS.contains(keyword) && !CONSTRAINTS.contains(keyword)) {
                errors.add(path + ": schema keyword '" + keyword + "' is not supported");
            }
        });
        if (!hasType(value, schema)) {
            errors.add(path + ": expected " + schema.path("type").asText() + ", found " + value.getNodeType());
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(path + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("minimum") && value.isNumber() && value.decimalValue().compareTo(decimal(schema, "minimum")) < 0) {
            errors.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && value.isNumber() && value.decimalValue().compareTo(decimal(schema, "maximum")) > 0) {
            errors.add(path + ": " + value + " is above the maximum " + schema.get("maximum"));
        }
        if (schema.has("pattern") && value.isTextual()
                && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
            errors.add(path + ": '" + value.asText() + "' does not match " + schema.get("pattern").asText());
        }
        if (value.isArray()) {
            if (value.size() < schema.path("minItems").asInt(0)) {
                errors.add(path + ": fewer than " + schema.get("minItems") + " items");
            }
            for (int i = 0; i < value.size(); i++) {
                if (schema.has("items")) {
                    validate(value.get(i), schema.get("items"), path + "[" + i + "]", strict, errors);
                }
            }
        }
        if (value.isObject()) {
            validateObject(value, schema, path, strict, errors);
        }
        validateAlternatives(value, schema, path, errors);
    }

    private void validateObject(JsonNode value, JsonNode schema, String path, boolean strict, List<String> errors) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(path + ": required field '" + required.asText() + "' is missing");
            }
        }
        boolean preserveUnknown = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        value.properties().forEach(field -> {
            String fieldPath = path + "." + field.getKey();
            JsonNode property = schema.path("properties").get(field.getKey());
            JsonNode additional = schema.get("additionalProperties");
            if (property != null) {
                validate(field.getValue(), property, fieldPath, strict, errors);
            } else if (additional != null && additional.isObject()) {
                validate(field.getValue(), additional, fieldPath, strict, errors);
            } else if (strict && !preserveUnknown && (additional == null || !additional.asBoolean())) {
                errors.add(fieldPath + ": unknown field");
            }
        });
    }

    /** oneOf and anyOf in a structural schema only add constraints; the types come from above. */
    private void validateAlternatives(JsonNode value, JsonNode schema, String path, List<String> errors) {
        if (schema.has("oneOf")) {
            long matching = matching(value, schema.get("oneOf"));
            if (matching != 1) {
                errors.add(path + ": matches " + matching + " of the oneOf alternatives, not exactly one");
            }
        }
        if (schema.has("anyOf") && matching(value, schema.get("anyOf")) == 0) {
            errors.add(path + ": matches none of the anyOf alternatives");
        }
    }

    private long matching(JsonNode value, JsonNode alternatives) {
        long count = 0;
        for (JsonNode alternative : alternatives) {
            List<String> errors = new ArrayList<>();
            validate(value, alternative, "", false, errors);
            count += errors.isEmpty() ? 1 : 0;
        }
        return count;
    }

    private static boolean hasType(JsonNode value, JsonNode schema) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)) {
            return value.isIntegralNumber() || value.isTextual();
        }
        return switch (schema.path("type").asText("")) {
            case "" -> true;
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalArgumentException("unknown schema type " + schema.get("type"));
        };
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal decimal(JsonNode schema, String keyword) {
        return schema.get(keyword).decimalValue();
    }
}
