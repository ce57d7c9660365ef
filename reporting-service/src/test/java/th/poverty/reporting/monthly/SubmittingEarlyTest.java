package th.poverty.reporting.monthly;

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
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Thailand;
import th.poverty.testing.Tokens;
import th.poverty.testing.InfrastructureResource;

/**
 * ราชสาส์น (2407) submits May 2568's report on 12 May 2025, before the 20th: it is on time, its
 * figures run to that day, and what happens after it up to the cut-off counts in June's report.
 * No other test writes in the district.
 */
@QuarkusTest
@TestProfile(SetClock.Profile.class)
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class SubmittingEarlyTest {

    private static final String DISTRICT = "2407";
    private static final String VILLAGE = "24070101";
    private static final String REPORT = "/api/v1/areas/{code}/monthly-reports/{year}/{month}";
    private static final String OFFICER = Tokens.bearer("ratchasan", "district-officer", DISTRICT);
    private static final String GOVERNOR = Tokens.bearer("governor", "province-officer", "24");

    @Inject
    Pool pool;

    @Test
    void aReportSubmittedBeforeTheTwentiethIsOnTimeAndWhatFollowsCountsNextMonth() {
        SetClock.at(may(12, 10));
        UUID before = identify(may(5, 9));
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(before));
        assertThat(province(5).getString("offices.find { it.area.code == '2407' }.state")).isEqualTo("OPEN");

        JsonPath submitted = given().header("Authorization", OFFICER).contentType("application/json").body("{}")
                .post(REPORT + "/closure", DISTRICT, 2568, 5).then().statusCode(200).extract().jsonPath();
        assertThat(submitted.getString("state")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("coveredThrough")).isEqualTo("2025-05-12");
        assertThat(submitted.getLong("figures.identified.total")).isEqualTo(1);
        given().header("Authorization", OFFICER).contentType("application/json").body("{}")
                .post(REPORT + "/closure", DISTRICT, 2568, 7).then().statusCode(409)
                .body("type", equalTo("/problems/month-not-begun"));

        // between the submission and the cut-off
        UUID after = identify(may(15, 9));
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(after));
        SetClock.at(may(25, 10));

        JsonPath may = report(5);
        assertThat(may.getString("state")).as("submitted on time, whatever the day now").isEqualTo("SUBMITTED");
        assertThat(may.getLong("figures.identified.total")).as("frozen at submission").isEqualTo(1);
        assertThat(may.getLong("laterCorrections.identified.total")).isEqualTo(1);
        JsonPath june = report(6);
        assertThat(june.getString("state")).isEqualTo("OPEN");
        assertThat(june.getLong("figures.identified.total")).isEqualTo(2);
        assertThat(june.getLong("changeSincePreviousReport.identified.total")).as("nothing lost").isEqualTo(1);
        assertThat(june.getLong("correctionsToPreviousReport.identified.total")).isEqualTo(1);

        JsonPath province = province(5);
        assertThat(province.getString("offices.find { it.area.code == '2407' }.state")).isEqualTo("SUBMITTED");
        assertThat(province.getString("offices.find { it.area.code == '2408' }.state")).as("past the deadline").isEqualTo("LATE");
        String csv = given().header("Authorization", OFFICER).get(REPORT + "/report.csv", DISTRICT, 2568, 5)
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("ช่วงเวลา: 21 เมษายน 2568 ถึง 12 พฤษภาคม 2568 (ส่งก่อนวันตัดยอด 20 พฤษภาคม 2568");
    }

    private static Instant may(int day, int hour) {
        return LocalDate.of(2025, 5, day).atTime(hour, 0).atZone(Thailand.ZONE).toInstant();
    }

    private static JsonPath report(int month) {
        return given().header("Authorization", OFFICER).get(REPORT, DISTRICT, 2568, month)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath province(int month) {
        return given().header("Authorization", GOVERNOR).get(REPORT, "24", 2568, month)
                .then().statusCode(200).extract().jsonPath();
    }

    private static UUID identify(Instant at) {
        String id = newId();
        return household(id, 1, "HouseholdIdentified", identified(id, VILLAGE, null), at);
    }

    private boolean logged(UUID eventId) {
        return pool.preparedQuery("select count(*) from event_log where event_id = $1").execute(Tuple.of(eventId))
                .await().indefinitely().iterator().next().getLong(0) > 0;
    }
}
