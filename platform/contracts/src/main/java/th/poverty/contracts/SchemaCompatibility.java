package th.poverty.contracts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a published schema version may not do: a payload valid under the recorded schema must stay
 * valid under the new one (a consumer replaying the topic reads old events with new code) and a
 * new payload must stay valid under the recorded one (a consumer on the old schema reads new
 * events). So no property removed or renamed, none newly required, no type, format, pattern or
 * const changed, no enum value removed, no bound tightened, extra fields not newly refused. Adding
 * an optional property, or a description, is compatible.
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** The incompatible changes from {@code recorded} to {@code generated}, each with where it is; empty when compatible. */
    public static List<String> breakingChanges(JsonNode recorded, JsonNode generated) {
        List<String> changes = new ArrayList<>();
        compare(new Side(recorded), recorded, new Side(generated), generated, "", changes, new HashSet<>());
        return changes;
    }

    /** One schema document, for following its own {@code #/$defs/...} references. */
    private record Side(JsonNode root) {
        JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int hops = 0; current != null && current.has("$ref") && hops < 32; hops++) {
                String ref = current.get("$ref").asText();
                current = ref.startsWith("#") ? root.at(ref.substring(1)) : current;
            }
            return current == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : current;
        }
    }

    private static void compare(Side oldSide, JsonNode oldNode, Side newSide, JsonNode newNode, String at,
            List<String> changes, Set<String> seen) {
        String where = at.isEmpty() ? "the payload" : at;
        if (!seen.add(at + "|" + oldNode.path("$ref").asText() + "|" + newNode.path("$ref").asText()) || at.length() > 2000) {
            return;
        }
        JsonNode before = oldSide.resolve(oldNode);
        JsonNode after = newSide.resolve(newNode);
        if (before.isBoolean() || after.isBoolean()) {
            if (!before.equals(after) && !after.asBoolean(true)) {
                changes.add(where + ": now refuses every value");
            }
            return;
        }

        Set<String> typesBefore = types(before);
        Set<String> typesAfter = types(after);
        if (!typesAfter.isEmpty() && !typesBefore.equals(typesAfter)) {
            changes.add(where + ": type changed from " + (typesBefore.isEmpty() ? "any" : typesBefore) + " to " + typesAfter);
        }
        if (after.has("const") && !after.get("const").equals(before.get("const"))) {
            changes.add(where + ": const changed from " + text(before.get("const")) + " to " + after.get("const"));
        }
        if (after.has("enum")) {
            if (!before.has("enum")) {
                changes.add(where + ": now restricted to the values " + after.get("enum"));
            } else {
                Set<JsonNode> kept = new HashSet<>();
                after.get("enum").forEach(kept::add);
                List<String> removed = new ArrayList<>();
                before.get("enum").forEach(value -> {
                    if (!kept.contains(value)) {
                        removed.add(value.toString());
                    }
                });
                if (!removed.isEmpty()) {
                    changes.add(where + ": enum value" + (removed.size() > 1 ? "s " : " ") + String.join(", ", removed) + " removed");
                }
            }
        }
        for (String keyword : List.of("format", "pattern")) {
            if (after.has(keyword) && !after.get(keyword).equals(before.get(keyword))) {
                changes.add(where + ": " + keyword + " changed from " + text(before.get(keyword)) + " to " + after.get(keyword));
            }
        }
        for (String keyword : List.of("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")) {
            bound(before, after, keyword, +1, where, changes);
        }
        for (String keyword : List.of("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "multipleOf")) {
            bound(before, after, keyword, -1, where, changes);
        }

        JsonNode propertiesBefore = before.path("properties");
        JsonNode propertiesAfter = after.path("properties");
        for (Map.Entry<String, JsonNode> property : propertiesBefore.properties()) {
            String name = property.getKey();
            if (!propertiesAfter.has(name)) {
                changes.add(where + ": property `" + name + "` removed (or renamed)");
            } else {
                compare(oldSide, property.getValue(), newSide, propertiesAfter.get(name), at + "/" + name, changes, seen);
            }
        }
        Set<String> requiredBefore = names(before.path("required"));
        for (String name : new TreeSet<>(names(after.path("required")))) {
            if (!requiredBefore.contains(name)) {
                changes.add(where + ": property `" + name + "` newly required");
            }
        }
        JsonNode extraBefore = before.get("additionalProperties");
        JsonNode extraAfter = after.get("additionalProperties");
        if (extraAfter != null && extraAfter.isBoolean() && !extraAfter.asBoolean()
                && (extraBefore == null || !extraBefore.isBoolean() || extraBefore.asBoolean())) {
            changes.add(where + ": additionalProperties tightened to false (fields it does not name are now refused)");
        } else if (extraAfter != null && extraAfter.isObject()) {
            if (extraBefore == null || extraBefore.isBoolean()) {
                if (extraBefore == null || extraBefore.asBoolean()) {
                    changes.add(where + ": additionalProperties tightened to a schema");
                }
            } else {
                compare(oldSide, extraBefore, newSide, extraAfter, at + "/*", changes, seen);
            }
        }
        if (before.has("items") || after.has("items")) {
            if (!before.has("items")) {
                changes.add(where + ": items newly constrained");
            } else if (after.has("items")) {
                compare(oldSide, before.get("items"), newSide, after.get("items"), at + "[]", changes, seen);
            }
        }
        for (String keyword : List.of("oneOf", "anyOf", "allOf")) {
            JsonNode alternativesBefore = before.get(keyword);
            JsonNode alternativesAfter = after.get(keyword);
            if (alternativesAfter == null) {
                continue;
            }
            if (alternativesBefore == null || alternativesBefore.size() != alternativesAfter.size()) {
                changes.add(where + ": " + keyword + " changed from " + (alternativesBefore == null ? 0 : alternativesBefore.size())
                        + " to " + alternativesAfter.size() + " alternatives");
            } else {
                for (int i = 0; i < alternativesAfter.size(); i++) {
                    compare(oldSide, alternativesBefore.get(i), newSide, alternativesAfter.get(i), at + "/" + keyword + "[" + i + "]",
                            changes, seen);
                }
            }
        }
    }

    /** A lower bound may only fall ({@code direction} +1), an upper bound only rise (-1); neither may appear. */
    private static void bound(JsonNode before, JsonNode after, String keyword, int direction, String where, List<String> changes) {
        JsonNode limitAfter = after.get(keyword);
        if (limitAfter == null || !limitAfter.isNumber()) {
            return;
        }
        JsonNode limitBefore = before.get(keyword);
        if (limitBefore == null || !limitBefore.isNumber()) {
            changes.add(where + ": " + keyword + " " + limitAfter + " newly imposed");
        } else if (keyword.equals("multipleOf") ? !limitBefore.decimalValue().equals(limitAfter.decimalValue())
                : limitAfter.decimalValue().compareTo(limitBefore.decimalValue()) * direction > 0) {
            changes.add(where + ": " + keyword + " tightened from " + limitBefore + " to " + limitAfter);
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.get("type");
        if (type != null && type.isArray()) {
            type.forEach(each -> types.add(each.asText()));
        } else if (type != null) {
            types.add(type.asText());
        }
        return new TreeSet<>(types);
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new HashSet<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }

    private static String text(JsonNode node) {
        return node == null ? "none" : node.toString();
    }
}
