package th.poverty.kubernetes;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * RFC 6902 add, remove, replace and test, as Kustomize applies them to a resource. A path that
 * does not lead where the operation needs it is an error, as it is in Kustomize.
 */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode document, JsonNode operations) {
        if (!operations.isArray()) {
            throw new IllegalArgumentException(
                    "only JSON 6902 patches (a list of operations) are supported, not: " + operations);
        }
        for (JsonNode operation : operations) {
            applyOne(document, operation);
        }
    }

    private static void applyOne(ObjectNode document, JsonNode operation) {
        String op = operation.path("op").asText();
        List<String> path = pointer(operation.path("path").asText());
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a patch may not replace the whole resource: " + operation);
        }
        JsonNode parent = at(document, path.subList(0, path.size() - 1), operation);
        String last = path.getLast();
        switch (op) {
            case "add" -> add(parent, last, value(operation), operation);
            case "replace" -> {
                existing(parent, last, operation);
                remove(parent, last);
                add(parent, last, value(operation), operation);
            }
            case "remove" -> {
                existing(parent, last, operation);
                remove(parent, last);
            }
            case "test" -> {
                if (!existing(parent, last, operation).equals(value(operation))) {
                    throw new IllegalArgumentException("test failed: " + operation);
                }
            }
            default -> throw new IllegalArgumentException("unsupported patch operation: " + operation);
        }
    }

    private static JsonNode value(JsonNode operation) {
        if (!operation.has("value")) {
            throw new IllegalArgumentException("no value: " + operation);
        }
        return operation.get("value").deepCopy();
    }

    private static JsonNode at(JsonNode document, List<String> path, JsonNode operation) {
        JsonNode node = document;
        for (String token : path) {
            node = node.isArray() ? node.path(index(token, node.size() - 1, operation)) : node.path(token);
            if (node.isMissingNode()) {
                throw new IllegalArgumentException("no such path: " + operation);
            }
        }
        return node;
    }

    private static JsonNode existing(JsonNode parent, String last, JsonNode operation) {
        JsonNode node = parent.isArray() ? parent.path(index(last, parent.size() - 1, operation)) : parent.path(last);
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("no such path: " + operation);
        }
        return node;
    }

    private static void add(JsonNode parent, String last, JsonNode value, JsonNode operation) {
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            if (last.equals("-")) {
                array.add(value);
            } else {
                array.insert(index(last, array.size(), operation), value);
            }
        } else {
            throw new IllegalArgumentException("not a container: " + operation);
        }
    }

    private static void remove(JsonNode parent, String last) {
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else {
            ((ArrayNode) parent).remove(Integer.parseInt(last));
        }
    }

    private static int index(String token, int max, JsonNode operation) {
        if (!token.matches("0|[1-9][0-9]*") || Integer.parseInt(token) > max) {
            throw new IllegalArgumentException("bad array index '" + token + "': " + operation);
        }
        return Integer.parseInt(token);
    }

    /** RFC 6901: "/a/b~1c" is [a, b/c]. */
    private static List<String> pointer(String pointer) {
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON pointer: " + pointer);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : pointer.substring(1).split("/", -1)) {
            tokens.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return tokens;
    }
}
