package th.poverty.reporting.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;

import java.time.Instant;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.contracts.AsyncApiDocument;
import th.poverty.contracts.ServedSchemas;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

/**
 * The analytics messages' JSON Schemas are served without a token, like /asyncapi.yaml, one per
 * published message type and schema version; and the area progress reporting really publishes on
 * Kafka validates against the schema served for its ce_type and ce_schemaversion.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class EventSchemasServedTest {

    /** Used by this test only. */
    private static final String VILLAGE = "24110191";

    private static String get(String path) {
        return given().get(path).then().statusCode(200).contentType(containsString("json")).extract().asString();
    }

    @Test
    void everyPublishedMessageHasASchemaServedWithoutAToken() {
        ServedSchemas served = ServedSchemas.fetched(EventSchemasServedTest::get);

        assertThat(served.unlisted(AsyncApiDocument.fromClasspath())).isEmpty();
        assertThat(served.listed()).contains("analytics.area-progress/AreaProgressUpdated/v1",
                "reporting.monthly-reports/MonthlyReportClosed/v2");
    }

    @Test
    void anAreasProgressAsPublishedOnKafkaValidatesAgainstItsServedSchema() {
        String householdId = newId();
        household(householdId, 1, "HouseholdIdentified", identified(householdId, VILLAGE, 30_000), Instant.now());
        ServedSchemas served = ServedSchemas.fetched(EventSchemasServedTest::get);

        var published = KafkaTopics.read("analytics.area-progress", record -> VILLAGE.equals(record.key()), 1);
        assertThat(published).isNotEmpty();
        for (var record : published) {
            String type = KafkaTopics.header(record, "ce_type");
            int version = Integer.parseInt(KafkaTopics.header(record, "ce_schemaversion"));
            assertThat(served.errors(type, version, record.value())).as(type + " " + record.value()).isEmpty();
        }
    }
}
