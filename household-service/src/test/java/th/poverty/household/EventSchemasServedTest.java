package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import th.poverty.contracts.AsyncApiDocument;
import th.poverty.contracts.ServedSchemas;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/**
 * The events' JSON Schemas are served without a token, like /asyncapi.yaml, one per published
 * event type and schema version; and an event the running service really publishes validates
 * against the schema served for its ce_type and ce_schemaversion.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class EventSchemasServedTest {

    private static String get(String path) {
        return given().get(path).then().statusCode(200).contentType(containsString("json")).extract().asString();
    }

    @Test
    void everyPublishedEventHasASchemaServedWithoutAToken() {
        ServedSchemas served = ServedSchemas.fetched(EventSchemasServedTest::get);

        assertThat(served.unlisted(AsyncApiDocument.fromClasspath())).isEmpty();
        assertThat(served.listed()).contains("household.events/HouseholdIdentified/v1");
    }

    @Test
    void aNominationAsPublishedOnKafkaValidatesAgainstItsServedSchema() {
        String householdId = given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer("somchai", "field-team", "24"))
                .body(NominationTest.nomination(NationalIds.random(), "24010101"))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
        ServedSchemas served = ServedSchemas.fetched(EventSchemasServedTest::get);

        var published = KafkaTopics.read("household.events", record -> householdId.equals(record.key()), 1);
        assertThat(published).isNotEmpty();
        for (var record : published) {
            String type = KafkaTopics.header(record, "ce_type");
            int version = Integer.parseInt(KafkaTopics.header(record, "ce_schemaversion"));
            assertThat(served.errors(type, version, record.value())).as(type + " " + record.value()).isEmpty();
        }
    }
}
