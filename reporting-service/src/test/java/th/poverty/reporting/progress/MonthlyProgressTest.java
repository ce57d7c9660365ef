package th.poverty.reporting.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import th.poverty.domain.Thailand;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/** An area's progress month by month, read back from its dated changes. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class MonthlyProgressTest {

    /** Only this test writes here. */
    private static final String VILLAGE = "50040101";

    private static Instant on(LocalDate day) {
        return day.atTime(12, 0).atZone(Thailand.ZONE).toInstant();
    }

    private static JsonPath monthly(String query) {
        return given().header("Authorization", ProgressApi.MINISTRY)
                .get("/api/v1/areas/" + VILLAGE + "/progress/monthly" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachMonthEndsWithTheFiguresOfItsLastDay() {
        String january = newId();
        String march = newId();
        household(january, 1, "HouseholdIdentified", identified(january, VILLAGE, null), on(LocalDate.of(2024, 1, 31)));
        household(march, 1, "HouseholdIdentified", identified(march, VILLAGE, null), on(LocalDate.of(2024, 3, 1)));
        household(march, 2, "HouseholdGraduated", ("{\"householdId\": \"%s\", \"graduatedOn\": \"2024-04-30\", "
                + "\"annualIncomePerPerson\": 40000, \"threshold\": 38000}").formatted(march), on(LocalDate.of(2024, 4, 30)));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().header("Authorization", ProgressApi.MINISTRY)
                .get("/api/v1/areas/" + VILLAGE + "/progress").then().extract().jsonPath().getLong("graduated") == 1);

        var series = monthly("?from=2023-12&to=2024-05");

        assertThat(series.getList("months.month", String.class))
                .containsExactly("2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05");
        assertThat(series.getList("months.asOf", String.class)).first().isEqualTo("2023-12-31");
        assertThat(series.getList("months.identified.total", Long.class)).containsExactly(0L, 1L, 1L, 2L, 2L, 2L);
        assertThat(series.getList("months.graduated", Long.class)).containsExactly(0L, 0L, 0L, 0L, 1L, 1L);
        assertThat(series.getString("area.code")).isEqualTo(VILLAGE);

        // without a range: the last twelve months, this one as of today
        var recent = monthly("");
        YearMonth now = YearMonth.from(Thailand.today(Clock.systemUTC()));
        assertThat(recent.getList("months")).hasSize(12);
        assertThat(recent.getString("months[11].month")).isEqualTo(now.toString());
        assertThat(recent.getLong("months[11].identified.total")).isEqualTo(2);
    }

    @Test
    void aBadRangeIsAProblemWithItsField() {
        String url = "/api/v1/areas/" + VILLAGE + "/progress/monthly";
        given().header("Authorization", ProgressApi.MINISTRY).get(url + "?from=2024-13").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("from"));
        given().header("Authorization", ProgressApi.MINISTRY).get(url + "?from=2024-06&to=2024-05").then().statusCode(400)
                .body("field", equalTo("from"));
        given().header("Authorization", ProgressApi.MINISTRY).get(url + "?from=2020-01&to=2024-05").then().statusCode(400)
                .body("field", equalTo("from"));
        given().header("Authorization", ProgressApi.MINISTRY).get(url + "?to=2999-01").then().statusCode(400)
                .body("field", equalTo("to"));
        // 36 months is the most, and allowed
        given().header("Authorization", ProgressApi.MINISTRY).get(url + "?from=2021-06&to=2024-05").then().statusCode(200);
        // an area outside the caller's is not found
        given().header("Authorization", Tokens.bearer("korat", "district-officer", "30"))
                .get(url).then().statusCode(404);
    }
}
