package th.poverty.team;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.contracts.AsyncApiDocument;
import th.poverty.contracts.ServedSchemas;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

/**
 * The events' JSON Schemas are served without a token, like /asyncapi.yaml, one per published
 * event type and schema version; and an event the running service really publishes validates
 * against the schema served for its ce_type and ce_schemaversion.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class EventSchemasServedTest {

    private static String get(String path) {
        return given().get(path).then().statusCode(200).contentType(containsString("json")).extract().asString();
    }

    @Test
    void everyPublishedEventHasASchemaServedWithoutAToken() {
        ServedSchemas served = ServedSchemas.fetched(EventSchemasServedTest::get);

        assertThat(served.unlisted(AsyncApiDocument.fromClasspath())).isEmpty();
        assertThat(served.listed()).contains("team.events/TeamFormed/v1");
    }

    @Test
    void aTeamsFormationAsPublishedOnKafkaValidatesAgainstItsServedSchemas() {
        String teamId = Api.formSmileTeam("240104", "24010403", "สมศักดิ์ ใจดี").statusCode(201).extract().path("teamId");
        ServedSchemas served = ServedSchemas.fetched(EventSchemasServedTest::get);

        var published = KafkaTopics.read("team.events", record -> teamId.equals(record.key()), 4);
        assertThat(published).extracting(record -> KafkaTopics.header(record, "ce_type"))
                .containsExactly("TeamFormed", "TeamMemberJoined", "TeamMemberJoined", "TeamMemberJoined");
        for (var record : published) {
            String type = KafkaTopics.header(record, "ce_type");
            int version = Integer.parseInt(KafkaTopics.header(record, "ce_schemaversion"));
            assertThat(served.errors(type, version, record.value())).as(type + " " + record.value()).isEmpty();
        }
    }
}
