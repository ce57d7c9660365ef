package th.poverty.plan.compass;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import th.poverty.contracts.ServedSchemas;

/**
 * plan-service's AsyncAPI document, as consumers read it, and checks of messages against it: the
 * stricter check of this module (an undocumented field is an error) and the JSON Schema plan-service
 * serves for the message's type, with a JSON Schema validator (platform/contracts).
 */
final class AsyncApi {

    static final AsyncApi DOCUMENT = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaCheck check;
    private final ServedSchemas served = ServedSchemas.fromClasspath();

    private AsyncApi(JsonNode document) {
        this.document = document;
        this.check = new JsonSchemaCheck(document);
    }

    private static AsyncApi load() {
        try (InputStream in = AsyncApi.class.getResourceAsStream("/META-INF/resources/asyncapi.yaml")) {
            return new AsyncApi(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read asyncapi.yaml", e);
        }
    }

    JsonNode root() {
        return document;
    }

    /** The schema a message's payload follows (its $ref resolved). */
    JsonNode payloadSchema(String type) {
        JsonNode payload = document.path("components").path("messages").path(type).path("payload");
        while (payload.has("$ref")) {
            payload = document.at(payload.get("$ref").asText().substring(1));
        }
        return payload;
    }

    /** Both checks' complaints: this module's (strict) and the served schema's (prefixed "served schema"). */
    List<String> payloadErrors(String type, String payloadJson) {
        List<String> errors = new ArrayList<>(strictPayloadErrors(type, payloadJson));
        served.errors(type, payloadJson).forEach(error -> errors.add("served schema " + error));
        return errors;
    }

    List<String> servedSchemaErrors(String type, String payloadJson) {
        return served.errors(type, payloadJson);
    }

    List<String> strictPayloadErrors(String type, String payloadJson) {
        try {
            return check.errors(document.path("components").path("messages").path(type).path("payload"),
                    JSON.readTree(payloadJson));
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    List<String> headerErrors(Map<String, String> headers) {
        ObjectNode values = JSON.createObjectNode();
        headers.forEach(values::put);
        return check.errors(document.path("components").path("messageTraits").path("CloudEvent").path("headers"), values);
    }
}
