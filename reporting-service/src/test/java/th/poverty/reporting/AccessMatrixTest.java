package th.poverty.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.reporting.timeline.TimelineResource;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;
import th.poverty.testing.access.AccessMatrix;
import th.poverty.testing.access.Endpoint;
import th.poverty.web.Roles;

/**
 * Every endpoint × every role, inside province 24 (its reports and a household's timeline) and
 * outside it (30). The reports are tambon 240101's, of January 2567, which no other test uses: a
 * tambon's report may be closed by either officer (a district's or a province's only by its own
 * officer, which MonthlyReportApiTest covers), and the officers' closure cases close it.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AccessMatrixTest {

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleInsideAndOutsideTheArea() {
        String householdId = HouseholdEventsTopic.newHouseholdId();
        HouseholdEventsTopic.publish(HouseholdEventsTopic.identified(householdId, "BMN_SURVEY", "24010109"));
        String ministry = Tokens.bearer("ministry", "ministry", "");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().header("Authorization", ministry)
                .get("/api/v1/households/{id}/timeline", householdId).statusCode() == 200);

        return AccessMatrix.of(Endpoint.of(TimelineResource.class, "th.poverty.reporting"), Roles.ALL, "24", "30")
                .fixture("householdId", householdId)
                .pathParameter("code", "240101")
                .pathParameter("year", "2567")
                .pathParameter("month", "1")
                .kernelOperations()
                .countryWide("POST /api/v1/admin/projections/reconcile")
                .body("POST /api/v1/areas/{code}/monthly-reports/{year}/{month}/closure", "{\"reason\": \"ตรวจสิทธิ์\"}")
                .cases();
    }
}
