package th.poverty.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.poverty.contracts.EventSchemas.EventSchema;

/** Standalone schemas from AsyncAPI 3 and 2 documents, and the served payloads checked against them. */
class EventSchemasTest {

    static final String ASYNCAPI_3 = """
            asyncapi: 3.0.0
            channels:
              things:
                address: thing.events
                messages:
                  ThingMade: {$ref: '#/components/messages/ThingMade'}
                  ThingMoved: {$ref: '#/components/messages/ThingMoved'}
            components:
              messages:
                ThingMade:
                  payload: {$ref: '#/components/schemas/ThingMade'}
                ThingMoved:
                  x-schema-version: 2
                  payload: {$ref: '#/components/schemas/ThingMoved'}
              schemas:
                Code: {type: string, pattern: '^[0-9]{2}$'}
                Place:
                  type: object
                  required: [code]
                  properties: {code: {$ref: '#/components/schemas/Code'}}
                ThingMade:
                  type: object
                  required: [thingId, kind]
                  properties:
                    thingId: {type: string}
                    kind: {type: string, enum: [BIG, SMALL]}
                ThingMoved:
                  type: object
                  required: [thingId, to]
                  properties:
                    thingId: {type: string}
                    to: {$ref: '#/components/schemas/Place'}
            """;

    static final String ASYNCAPI_2 = """
            asyncapi: 2.6.0
            channels:
              plan.events:
                subscribe:
                  message:
                    oneOf:
                      - $ref: '#/components/messages/PlanDrafted'
            components:
              messages:
                PlanDrafted:
                  name: PlanDrafted
                  payload: {$ref: '#/components/schemas/PlanDrafted'}
              schemas:
                PlanDrafted:
                  type: object
                  required: [planId]
                  properties: {planId: {type: string}, version: {type: integer, minimum: 1}}
            """;

    static List<EventSchema> schemas(String yaml) throws Exception {
        return EventSchemas.of(AsyncApiDocument.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void eachMessageOfAnAsyncApi3DocumentIsAStandaloneSchemaWithItsVersion() throws Exception {
        List<EventSchema> schemas = schemas(ASYNCAPI_3);

        assertThat(schemas).extracting(EventSchema::url)
                .containsExactly("/schemas/thing.events/ThingMade/v1.json", "/schemas/thing.events/ThingMoved/v2.json");
        var moved = schemas.get(1).schema();
        assertThat(moved.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(moved.at("/properties/to/$ref").asText()).isEqualTo("#/$defs/Place");
        assertThat(moved.at("/$defs/Place/properties/code/$ref").asText()).isEqualTo("#/$defs/Code");
        assertThat(moved.at("/$defs/Code/pattern").asText()).isEqualTo("^[0-9]{2}$");
        assertThat(moved.toString()).doesNotContain("#/components");
        assertThat(schemas.get(0).schema().has("$defs")).isFalse();
    }

    @Test
    void anAsyncApi2DocumentsSubscribeMessagesAreItsPublishedOnes() throws Exception {
        assertThat(schemas(ASYNCAPI_2)).extracting(EventSchema::url).containsExactly("/schemas/plan.events/PlanDrafted/v1.json");
    }

    @Test
    void anEventTypeTheDocumentPublishesWithoutAServedSchemaIsUnlisted() throws Exception {
        var document = AsyncApiDocument.read(new ByteArrayInputStream(ASYNCAPI_3.getBytes(StandardCharsets.UTF_8)));
        List<EventSchema> all = schemas(ASYNCAPI_3);

        assertThat(ServedSchemas.of(all).unlisted(document)).isEmpty();
        assertThat(ServedSchemas.of(all.subList(0, 1)).unlisted(document)).containsExactly("thing.events/ThingMoved/v2");
    }

    @Test
    void aPayloadIsValidatedAgainstTheSchemaOfItsTypeAndVersion() throws Exception {
        ServedSchemas served = ServedSchemas.of(schemas(ASYNCAPI_3));

        assertThat(served.errors("ThingMoved", 2, "{\"thingId\": \"t\", \"to\": {\"code\": \"24\"}}")).isEmpty();
        assertThat(served.errors("ThingMoved", 2, "{\"thingId\": \"t\", \"to\": {\"code\": \"2401\"}}")).hasSize(1)
                .first().asString().startsWith("/to/code");
        assertThat(served.errors("ThingMade", 1, "{\"thingId\": \"t\", \"kind\": \"HUGE\"}")).hasSize(1);
        assertThat(served.errors("ThingMade", 1, "{\"kind\": \"BIG\"}")).hasSize(1);
        assertThat(served.errors("ThingMoved", 1, "{}")).singleElement().asString().startsWith("no schema is served for ThingMoved schema version 1");
    }
}
