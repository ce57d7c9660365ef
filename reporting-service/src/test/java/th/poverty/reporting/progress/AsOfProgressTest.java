package th.poverty.reporting.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.poverty.domain.Thailand;
import th.poverty.testing.InfrastructureResource;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AsOfProgressTest {

    /** Only this test writes here, in fiscal year 2567 (October 2023 to September 2024). */
    private static final String VILLAGE = "24010106";

    private static Instant on(LocalDate day) {
        return day.atTime(12, 0).atZone(Thailand.ZONE).toInstant();
    }

    private static JsonPath progress(String query) {
        return given().header("Authorization", ProgressApi.MINISTRY).get("/api/v1/areas/" + VILLAGE + "/progress" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theNumbersAsOfADayAndTheChangeInAFiscalYearComeFromTheDatedChanges() {
        String before = newId();
        String during = newId();
        household(before, 1, "HouseholdIdentified", identified(before, VILLAGE, null), on(LocalDate.of(2023, 9, 30)));
        household(during, 1, "HouseholdIdentified", identified(during, VILLAGE, null), on(LocalDate.of(2024, 3, 1)));
        household(during, 2, "HouseholdGraduated", ("{\"householdId\": \"%s\", \"graduatedOn\": \"2024-10-02\", "
                + "\"annualIncomePerPerson\": 40000, \"threshold\": 38000}").formatted(during), on(LocalDate.of(2024, 10, 2)));

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var now = progress("");
            return now.getLong("graduated") == 1 && now.getLong("identified.total") == 2;
        });

        assertThat(progress("?asOf=2023-09-30").getLong("identified.total")).isEqualTo(1);
        assertThat(progress("?asOf=2024-03-01").getLong("identified.total")).isEqualTo(2);
        var year2567 = progress("?fiscalYear=2567");
        assertThat(year2567.getString("asOf")).isEqualTo("2024-09-30");
        assertThat(year2567.getLong("identified.total")).isEqualTo(2);
        assertThat(year2567.getLong("graduated")).isZero();
        assertThat(year2567.getLong("changeInFiscalYear.identified.total")).isEqualTo(1);
        assertThat(progress("?fiscalYear=2568").getLong("changeInFiscalYear.graduated")).isEqualTo(1);
        assertThat(progress("").getString("asOf")).isNull();

        given().header("Authorization", ProgressApi.MINISTRY).get("/api/v1/areas/24/progress?fiscalYear=2024")
                .then().statusCode(400).body("field", equalTo("fiscalYear"));
        given().header("Authorization", ProgressApi.MINISTRY).get("/api/v1/areas/24/progress?asOf=yesterday")
                .then().statusCode(400).body("field", equalTo("asOf"));
        given().header("Authorization", ProgressApi.MINISTRY).get("/api/v1/areas/24/progress?fiscalYear=2567&asOf=2025-01-01")
                .then().statusCode(400).body("field", equalTo("asOf"));
        var children = given().header("Authorization", ProgressApi.MINISTRY)
                .get("/api/v1/areas/240101/progress/children?asOf=2023-09-30").then().statusCode(200).extract().jsonPath();
        assertThat(children.getLong("children.find { it.area.code == '%s' }.identified.total".formatted(VILLAGE))).isEqualTo(1);
    }
}
