package th.poverty.reporting.progress;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.HouseholdEventsTopic.event;
import static th.poverty.reporting.HouseholdEventsTopic.identified;
import static th.poverty.reporting.HouseholdEventsTopic.newHouseholdId;
import static th.poverty.reporting.HouseholdEventsTopic.publish;
import static th.poverty.reporting.HouseholdEventsTopic.surveyed;
import static th.poverty.reporting.HouseholdEventsTopic.twin;
import static th.poverty.reporting.progress.ProgressApi.children;
import static th.poverty.reporting.progress.ProgressApi.identified;
import static th.poverty.reporting.progress.ProgressApi.plus;
import static th.poverty.reporting.progress.ProgressApi.progress;
import static th.poverty.reporting.progress.ProgressApi.snapshot;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.area.Areas;
import th.poverty.testing.InfrastructureResource;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AreaProgressTest {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Test
    void identifiedHouseholdsCountInEveryAreaUpToTheWholeCountry() {
        var before = snapshot("24110101", "241101", "2411", "2402", "24010101", "2401", "24", "TH");
        publish(identified(newHouseholdId(), "BMN_SURVEY", "24110101"));
        publish(identified(newHouseholdId(), "COMMUNITY_FORUM", "24110101"));
        publish(identified(newHouseholdId(), "COMMUNITY_FORUM", "24010101"));

        await().atMost(CONSUMED).untilAsserted(() -> assertThat(identified("TH")).isEqualTo(plus(before.get("TH"), 1, 2)));
        assertThat(identified("24")).isEqualTo(plus(before.get("24"), 1, 2));
        assertThat(identified("24110101")).isEqualTo(plus(before.get("24110101"), 1, 1));
        assertThat(identified("241101")).isEqualTo(plus(before.get("241101"), 1, 1));
        assertThat(identified("24010101")).isEqualTo(plus(before.get("24010101"), 0, 1));
        assertThat(identified("2401")).isEqualTo(plus(before.get("2401"), 0, 1));
        // tambon 241101 counts in its district, 2411, and in no other
        assertThat(identified("2411")).isEqualTo(plus(before.get("2411"), 1, 1));
        assertThat(identified("2402")).isEqualTo(before.get("2402"));
    }

    @Test
    void buengKansHouseholdsRollUpToTheProvinceAndTheCountry() {
        var before = snapshot("38010101", "380101", "3801", "38", "TH");
        publish(identified(newHouseholdId(), "BMN_SURVEY", "38010101"));

        await().atMost(CONSUMED).untilAsserted(() -> assertThat(identified("38")).isEqualTo(plus(before.get("38"), 1, 0)));
        assertThat(identified("3801")).isEqualTo(plus(before.get("3801"), 1, 0));
        assertThat(identified("380101")).isEqualTo(plus(before.get("380101"), 1, 0));
        assertThat(identified("TH")).isEqualTo(plus(before.get("TH"), 1, 0));
        assertThat(progress("38").getString("area.nameTh")).isEqualTo("บึงกาฬ");
        assertThat(children("TH").getList("children.area.code", String.class)).contains("38");
    }

    @Test
    void theIndicatorsHouseholdsFailAreCountedWhereTheyLiveMostFailedFirst() {
        publish(surveyed(newHouseholdId(), "24020498", 2568, "[3, 27]"));
        publish(surveyed(newHouseholdId(), "24020498", 2568, "[27]"));

        await().atMost(CONSUMED).untilAsserted(() -> assertThat(progress("24020498")
                .getList("failingIndicators.code", String.class)).containsExactly("BMN-2565-27", "BMN-2565-3"));
        var village = progress("24020498");
        assertThat(village.getLong("failingIndicators[0].households")).isEqualTo(2);
        assertThat(village.getString("failingIndicators[0].dimension")).isEqualTo("INCOME");
        assertThat(village.getInt("failingIndicators[1].round")).isEqualTo(2565);
        assertThat(progress("2402").getList("failingIndicators.code", String.class)).contains("BMN-2565-27");
    }

    @Test
    void aFiscalYearShowsItsTargetsCarriedOverAndNewAndThoseThatLeft() {
        String village = "24010113";
        String carried = newHouseholdId();
        String proposed = newHouseholdId();
        String leaving = newHouseholdId();
        publish(identified(carried, "COMMUNITY_FORUM", village));
        publish(surveyed(proposed, village, 2569, "[]"));
        publish(identified(leaving, "COMMUNITY_FORUM", village));
        publish(event(proposed, "CandidateConfirmed", 2, """
                {"householdId": "%s", "confirmedOn": "2026-12-01", "method": "FORUM", "forumId": "r-1"}""".formatted(proposed),
                village));
        publish(event(carried, "HouseholdTargeted", 2, """
                {"householdId": "%s", "fiscalYear": 2571, "carriedOver": true, "reviewId": "r-1"}""".formatted(carried), village));
        publish(event(proposed, "HouseholdTargeted", 3, """
                {"householdId": "%s", "fiscalYear": 2571, "carriedOver": false, "reviewId": "r-1"}""".formatted(proposed),
                village));
        publish(event(leaving, "HouseholdClosed", 2, """
                {"householdId": "%s", "closure": "WITHDREW", "duplicateOf": null}""".formatted(leaving), village));

        // identified on 2026-11-20, in fiscal year 2570: two new targets then, one of them carried into 2571
        await().atMost(CONSUMED).untilAsserted(() -> assertThat(yearCycle(village, 2570).getLong("yearCycle.newTargets"))
                .isEqualTo(2));
        var fiscal2570 = yearCycle(village, 2570);
        assertThat(fiscal2570.getLong("yearCycle.carriedOver")).isZero();
        assertThat(fiscal2570.getLong("yearCycle.left")).isEqualTo(1);
        assertThat(progress(village).getString("yearCycle")).as("only with a fiscal year").isNull();
        // the review proposed the candidate it verified for 2571: new there, not in 2570
        assertThat(pool.preparedQuery("select measure from area_totals where area_code = $1 and measure like 'YEAR_TARGET|2571|%' "
                        + "and value = 1 order by measure").execute(Tuple.of(village)).await().indefinitely())
                .extracting(row -> row.getString(0)).containsExactly("YEAR_TARGET|2571|CARRIED_OVER", "YEAR_TARGET|2571|NEW");
    }

    private static JsonPath yearCycle(String code, int fiscalYear) {
        return given().header("Authorization", ProgressApi.MINISTRY).queryParam("fiscalYear", fiscalYear)
                .get("/api/v1/areas/" + code + "/progress").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theProgressNamesTheAreaItsLevelAndItsParentInTheTree() {
        var village = progress("24110101");
        assertThat(village.getString("area.level")).isEqualTo("VILLAGE");
        assertThat(village.getString("area.nameTh")).startsWith("หมู่ที่ 1 ");
        assertThat(village.getString("area.parentCode")).isEqualTo("241101");
        assertThat(progress("241101").getString("area.parentCode")).isEqualTo("2411");
        assertThat(progress("24").getString("area.nameTh")).isEqualTo("ฉะเชิงเทรา");
        assertThat(progress("24").getString("area.parentCode")).isEqualTo("TH");
        assertThat(progress("TH").getString("area.level")).isEqualTo("COUNTRY");
        assertThat(progress("TH").getString("area.parentCode")).isNull();
    }

    @Test
    void childrenAreTheNextLevelDownWithTheirCounts() {
        publish(identified(newHouseholdId(), "BMN_SURVEY", "24110105"));
        await().atMost(CONSUMED).until(() -> identified("24110105").total() == 1);

        var country = children("TH");
        assertThat(country.getList("children")).hasSameSizeAs(Areas.thailand().provinces());
        assertThat(country.getLong("children.find { it.area.code == '24' }.identified.total")).isEqualTo(identified("24").total());

        var district = children("2411");
        assertThat(district.getString("area.code")).isEqualTo("2411");
        assertThat(district.getLong("children.find { it.area.code == '241101' }.identified.total"))
                .isEqualTo(identified("241101").total());
        assertThat(children("2402").getList("children.area.code", String.class)).doesNotContain("241101");

        var tambon = children("241101");
        assertThat(tambon.getList("children.area.code", String.class)).contains("24110105").isSorted();
        assertThat(tambon.getLong("children.find { it.area.code == '24110105' }.identified.bmnSurvey")).isEqualTo(1);
        assertThat(children("24110105").getList("children")).isEmpty();
    }

    @Test
    void theSameEventDeliveredTwiceAndAHouseholdIdentifiedTwiceCountOnce() {
        String household = newHouseholdId();
        var identified = identified(household, "BMN_SURVEY", "24010102");
        var visited = event(household, "HouseholdVisited", 2, "{\"householdId\": \"" + household + "\"}", "24010102");
        var before = snapshot("24010102", "TH");

        publish(identified);
        publish(identified);
        publish(twin(identified));
        // the household's next event, behind the others on its partition: once it is handled, they are
        publish(visited);

        await().atMost(CONSUMED).until(() -> handled(visited.eventId()));
        assertThat(identified("24010102")).isEqualTo(plus(before.get("24010102"), 1, 0));
        assertThat(identified("TH")).isEqualTo(plus(before.get("TH"), 1, 0));
        assertThat(count("select count(*) from inbox where consumer = 'area-progress' and event_id = $1", identified.eventId()))
                .isEqualTo(1);
        assertThat(count("select count(*) from households where household_id = $1", household)).isEqualTo(1);
    }

    private boolean handled(UUID eventId) {
        return count("select count(*) from inbox where consumer = 'area-progress' and event_id = $1", eventId) == 1;
    }

    private long count(String sql, Object parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next().getLong(0);
    }
}
