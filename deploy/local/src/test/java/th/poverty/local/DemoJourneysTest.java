package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * bin/run-local's Chachoengsao demo is alive: its loaders carry households through every step of
 * the guideline, and the roll-ups show every stage of the funnel; loading it again changes nothing.
 * On the demo's system ({@link DemoSystem}), whose first load the extension made.
 */
@ExtendWith(DemoSystem.class)
class DemoJourneysTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(90);

    /** The funnel from identification to leaving poverty, without carers: other tests' households may still get one. */
    private static final List<String> STAGES = List.of("identified.communityForum", "identified.candidates",
            "identified.verified", "identified.dismissed", "visited", "assessed", "classified.welfare",
            "classified.selfDeveloping", "withPlan", "mouSigned", "graduated", "income.households");

    private static SharedLocalSystem.Running running;

    @BeforeAll
    static void theDemoSystem() {
        running = DemoSystem.running();
        assertThat(running.system().services()).as("services running").containsExactlyInAnyOrder(Service.values());
    }

    private static JsonPath progress(String area) {
        return running.as(Service.REPORTING, "demo-test", "province-officer", ChachoengsaoDemo.PROVINCE)
                .get("/api/v1/areas/{code}/progress", area).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theDemoCarriesHouseholdsThroughEveryStepAndEveryStageOfTheFunnelShows() {
        var journeys = new ChachoengsaoJourneys().load(running.system().url(Service.HOUSEHOLD),
                running.system().url(Service.PLAN), running.system().tokenKeys());
        assertThat(journeys.surveyCandidates()).as("survey candidates").isPositive();
        assertThat(journeys.visited()).isGreaterThan(journeys.assessed());
        assertThat(journeys.assessed()).isGreaterThan(journeys.classified());
        assertThat(journeys.planned()).isGreaterThan(journeys.agreed());
        assertThat(journeys.agreed()).isPositive();
        assertThat(journeys.graduated()).isEqualTo(1);
        assertThat(running.as(Service.TEAM, "demo-test", "province-officer", ChachoengsaoDemo.PROVINCE)
                .get("/api/v1/care/coverage?area=" + ChachoengsaoDemo.PROVINCE).then().statusCode(200).extract().jsonPath()
                .getLong("households.withCarer")).as("carers given by the step-4 rule").isPositive();

        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath village = progress(ChachoengsaoJourneys.SURVEY_VILLAGE);
            assertThat(village.getLong("identified.bmnSurvey")).isEqualTo(8);
            assertThat(village.getLong("identified.candidates")).isEqualTo(1);
            assertThat(village.getLong("identified.verified")).isEqualTo(5);
            assertThat(village.getLong("identified.dismissed")).isEqualTo(2);

            JsonPath province = progress(ChachoengsaoDemo.PROVINCE);
            for (String stage : STAGES) {
                assertThat(province.getLong(stage)).as(stage).isPositive();
            }
            assertThat(province.getLong("withCarer")).as("withCarer").isPositive();
            assertThat(province.getList("assistance")).as("assistance by agency and kind").isNotEmpty();
            assertThat(province.getLong("problems.total.found")).as("problems found from step 1").isPositive();
            assertThat(province.getLong("problems.total.helped") + province.getLong("problems.total.solved"))
                    .as("problems the agencies helped or solved").isPositive();
            assertThat(province.getList("problems.byAgency.agency")).as("problems by agency code")
                    .contains(AgencyDemo.WELFARE);
        });

        Map<String, Long> before = stages(progress(ChachoengsaoDemo.PROVINCE));
        DemoSystem.load(running.system());
        await().during(Duration.ofSeconds(3)).atMost(EVENTUALLY).untilAsserted(() ->
                assertThat(stages(progress(ChachoengsaoDemo.PROVINCE))).as("the demo loaded again").isEqualTo(before));
    }

    private static Map<String, Long> stages(JsonPath progress) {
        Map<String, Long> figures = new TreeMap<>();
        STAGES.forEach(stage -> figures.put(stage, progress.getLong(stage)));
        figures.put("assistance", (long) progress.getList("assistance").size());
        return figures;
    }
}
