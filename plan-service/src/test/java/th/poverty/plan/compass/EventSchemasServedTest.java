package th.poverty.plan.compass;

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

/**
 * plan-service serves its AsyncAPI document and its events' JSON Schemas without a token, one per
 * published event type and schema version. The events it really publishes on Kafka are checked
 * against these schemas by {@link AsyncApi#payloadErrors} (LifeCompassEndToEndTest, IncomeRecordingTest).
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class EventSchemasServedTest {

    private static String get(String path) {
        return given().get(path).then().statusCode(200).contentType(containsString("json")).extract().asString();
    }

    @Test
    void everyPublishedEventHasASchemaServedWithoutATokenBesideTheAsyncApiDocument() {
        ServedSchemas served = ServedSchemas.fetched(EventSchemasServedTest::get);

        assertThat(served.unlisted(AsyncApiDocument.fromClasspath())).isEmpty();
        assertThat(served.listed()).contains("plan.events/IncomeRecorded/v1", "plan.events/ProblemIdentified/v1");
        assertThat(given().get("/asyncapi.yaml").then().statusCode(200).extract().asString()).startsWith("asyncapi: 2.6.0");
    }
}
