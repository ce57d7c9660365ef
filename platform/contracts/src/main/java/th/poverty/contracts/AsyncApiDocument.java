package th.poverty.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * A service's AsyncAPI document (2.x or 3.x) as the list of messages it publishes: for each, the
 * topic, the event type ({@code ce_type}), its schema version ({@code ce_schemaversion}: the
 * message's {@code x-schema-version}, 1 when absent) and its payload schema.
 */
public final class AsyncApiDocument {

    /** Where each service keeps its document, on its classpath and served at /asyncapi.yaml. */
    public static final String RESOURCE = "/META-INF/resources/asyncapi.yaml";
    /** The message's schema version; a message without it is at version 1. */
    public static final String SCHEMA_VERSION = "x-schema-version";

    /** One published message: what a consumer of {@code topic} receives with {@code ce_type = type}. */
    public record Message(String topic, String type, int schemaVersion, JsonNode payload) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    public static AsyncApiDocument of(JsonNode root) {
        return new AsyncApiDocument(root);
    }

    public static AsyncApiDocument read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static AsyncApiDocument read(InputStream in) throws IOException {
        return new AsyncApiDocument(YAML.readTree(in));
    }

    /** The document on the classpath of the service that runs this (its tests). */
    public static AsyncApiDocument fromClasspath() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The node a local reference ({@code #/components/...}) points at; the node itself when it is not a reference. */
    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 32) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("unresolved reference " + ref);
            }
        }
        return current;
    }

    /** Every message the service sends, in the document's order. */
    public List<Message> publishedMessages() {
        return root.path("asyncapi").asText().startsWith("2.") ? version2() : version3();
    }

    /** 3.x: each channel's address and messages; the service only publishes here (operations: send). */
    private List<Message> version3() {
        List<Message> messages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> channel : root.path("channels").properties()) {
            JsonNode resolved = resolve(channel.getValue());
            String topic = resolved.path("address").asText(channel.getKey());
            for (Map.Entry<String, JsonNode> message : resolved.path("messages").properties()) {
                messages.add(message(topic, message.getKey(), message.getValue()));
            }
        }
        return messages;
    }

    /** 2.x: the channel name is the topic; a {@code subscribe} operation is what the service publishes. */
    private List<Message> version2() {
        List<Message> messages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> channel : root.path("channels").properties()) {
            JsonNode message = channel.getValue().path("subscribe").path("message");
            List<JsonNode> each = new ArrayList<>();
            if (message.has("oneOf")) {
                message.get("oneOf").forEach(each::add);
            } else if (!message.isMissingNode()) {
                each.add(message);
            }
            for (JsonNode one : each) {
                messages.add(message(channel.getKey(), null, one));
            }
        }
        return messages;
    }

    private Message message(String topic, String key, JsonNode reference) {
        String type = reference.has("$ref") ? lastSegment(reference.get("$ref").asText()) : key;
        JsonNode message = resolve(reference);
        if (message.hasNonNull("name")) {
            type = message.get("name").asText();
        }
        if (type == null) {
            throw new IllegalArgumentException("a message of " + topic + " has neither a name nor a reference");
        }
        return new Message(topic, type, message.path(SCHEMA_VERSION).asInt(1), message.path("payload"));
    }

    private static String lastSegment(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
