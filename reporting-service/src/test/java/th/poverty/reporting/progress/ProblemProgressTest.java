package th.poverty.reporting.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.ProblemStream.agencyCode;
import static th.poverty.reporting.ProblemStream.publish;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;
import static th.poverty.reporting.progress.ProgressApi.ofAgency;
import static th.poverty.reporting.progress.ProgressApi.ofDimension;
import static th.poverty.reporting.progress.ProgressApi.problems;
import static th.poverty.reporting.progress.ProgressApi.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.reporting.ProblemStream;
import th.poverty.reporting.ServiceTopics;
import th.poverty.reporting.progress.Problems.ProblemCounts;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ProblemProgressTest {

    private static final Duration CONSUMED = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Test
    void problemsAreCountedByDimensionAndAgencyInTheVillageTheDistrictTheProvinceAndTheCountry() {
        // บางน้ำเปรี้ยว: only this test counts here, in two of its tambons
        String district = "2403";
        String village = "24030101";
        String health = agencyCode("SSJ");
        String local = agencyCode("OBT");
        var province = progress("24");
        var country = progress("TH");
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        String first = newId();
        String second = newId();
        household(first, 1, "HouseholdIdentified", identified(first, village, null), start);
        household(second, 1, "HouseholdIdentified", identified(second, "24030201", null), start);

        var illness = new ProblemStream(first, "HEALTH", start);
        illness.identified();
        illness.routed(health);
        illness.accepted();
        illness.statusChanged("IN_PROGRESS");
        illness.linked(newId());
        var debt = new ProblemStream(first, "INCOME", start);
        debt.identified();
        debt.routed(local);
        debt.accepted();
        debt.helped();
        var school = new ProblemStream(second, "EDUCATION", start);
        school.identified();
        school.routed(health);
        school.accepted();
        school.statusChanged("SOLVED");
        var roof = new ProblemStream(second, "LIVING_CONDITIONS", start);
        roof.identified();
        roof.routed(local);
        roof.declined();
        var papers = new ProblemStream(second, "ACCESS_TO_SERVICES", start);
        papers.identified();
        papers.routed(health);
        papers.accepted();
        papers.statusChanged("UNSOLVABLE");
        // a type plan-service may add later, and its agency registry, change no count
        publish(papers.next("ProblemEscalated", "\"agency\": \"%s\"".formatted(health)));
        ServiceTopics.publish("plan-service", "agency", health, 1, "AgencyRegistered", """
                {"code": "%s", "nameTh": "สำนักงานสาธารณสุขจังหวัด", "nameEn": "Provincial health office", "level": "PROVINCE",
                 "areaCode": "24", "dimensions": ["HEALTH"], "helpKinds": [], "welfareNeeds": []}""".formatted(health), start);

        await().atMost(CONSUMED).untilAsserted(() -> assertThat(problems(progress(district), "problems.total"))
                .isEqualTo(new ProblemCounts(5, 2, 1, 1, 1)));
        var inDistrict = progress(district);
        assertThat(problems(inDistrict, ofDimension("HEALTH"))).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
        assertThat(problems(inDistrict, ofDimension("INCOME"))).isEqualTo(new ProblemCounts(1, 0, 1, 0, 0));
        assertThat(problems(inDistrict, ofDimension("EDUCATION"))).isEqualTo(new ProblemCounts(1, 0, 0, 1, 0));
        assertThat(problems(inDistrict, ofDimension("LIVING_CONDITIONS"))).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
        assertThat(problems(inDistrict, ofDimension("ACCESS_TO_SERVICES"))).isEqualTo(new ProblemCounts(1, 0, 0, 0, 1));
        assertThat(inDistrict.getList("problems.byAgency.agency", String.class)).containsExactly(local, health, null);
        assertThat(problems(inDistrict, ofAgency(health))).isEqualTo(new ProblemCounts(3, 1, 0, 1, 1));
        assertThat(problems(inDistrict, ofAgency(local))).isEqualTo(new ProblemCounts(1, 0, 1, 0, 0));
        assertThat(problems(inDistrict, ofAgency(null))).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));

        var inVillage = progress(village);
        assertThat(problems(inVillage, "problems.total")).isEqualTo(new ProblemCounts(2, 1, 1, 0, 0));
        assertThat(problems(inVillage, ofAgency(health))).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));

        for (var before : new JsonPath[] {province, country}) {
            var after = progress(before.getString("area.code"));
            assertThat(problems(after, ofAgency(health))).isEqualTo(new ProblemCounts(3, 1, 0, 1, 1));
            assertThat(problems(after, ofAgency(local))).isEqualTo(new ProblemCounts(1, 0, 1, 0, 0));
            assertThat(problems(after, "problems.total").minus(problems(before, "problems.total")))
                    .isEqualTo(new ProblemCounts(5, 2, 1, 1, 1));
            assertThat(problems(after, ofDimension("HEALTH")).minus(problems(before, ofDimension("HEALTH"))))
                    .isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
            assertThat(problems(after, ofAgency(null)).minus(problems(before, ofAgency(null))))
                    .isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
        }

        // provincial analytics hear of the district's problems, keyed by its code
        var published = KafkaTopics.read("analytics.area-progress", record -> district.equals(record.key())
                && problems(JsonPath.from(record.value()), ofAgency(health)).found() == 3
                && problems(JsonPath.from(record.value()), "problems.total").found() == 5, 1);
        assertThat(published).isNotEmpty();
        var message = JsonPath.from(published.getLast().value());
        assertThat(problems(message, "problems.total")).isEqualTo(new ProblemCounts(5, 2, 1, 1, 1));
        assertThat(problems(message, ofDimension("ACCESS_TO_SERVICES"))).isEqualTo(new ProblemCounts(1, 0, 0, 0, 1));
        assertThat(problems(message, ofAgency(null))).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
    }

    @Test
    void aRedeliveredEventCountsOnceAndADeclinedProblemGoesBackToTheUnroutedEntry() {
        // บางปะกง: only this test counts here
        String district = "2404";
        String agency = agencyCode("KSN");
        String household = newId();
        Instant start = Instant.now().minus(1, ChronoUnit.HOURS);
        UUID known = household(household, 1, "HouseholdIdentified", identified(household, "24040101", null), start);
        var problem = new ProblemStream(household, "EDUCATION", start);

        var identified = problem.identified();
        var routed = problem.routed(agency);
        await().atMost(CONSUMED).until(() -> handled(known) && handled(routed.eventId()));
        // again, as a relay that lost its acknowledgements sends them; then the problem's next event behind them
        publish(identified);
        publish(routed);
        var accepted = problem.accepted();
        await().atMost(CONSUMED).until(() -> handled(accepted.eventId()));

        var routedThere = progress(district);
        assertThat(problems(routedThere, "problems.total")).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
        assertThat(problems(routedThere, ofAgency(agency))).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
        assertThat(problems(routedThere, ofAgency(null))).isEqualTo(ProblemCounts.NONE);
        assertThat(problems(routedThere, ofDimension("EDUCATION"))).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
        var province = progress("24");

        var declined = problem.declined();
        await().atMost(CONSUMED).until(() -> handled(declined.eventId()));

        var backWithTheDistrict = progress(district);
        assertThat(problems(backWithTheDistrict, "problems.total")).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
        assertThat(problems(backWithTheDistrict, ofAgency(null))).isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
        assertThat(backWithTheDistrict.getList("problems.byAgency.agency", String.class)).containsExactly((String) null);
        assertThat(problems(progress("24"), ofAgency(agency))).isEqualTo(ProblemCounts.NONE);
        assertThat(problems(progress("24"), ofAgency(null)).minus(problems(province, ofAgency(null))))
                .isEqualTo(new ProblemCounts(1, 1, 0, 0, 0));
    }

    private boolean handled(UUID eventId) {
        return pool.preparedQuery("select count(*) from inbox where consumer = 'area-progress' and event_id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely().iterator().next().getLong(0) == 1;
    }
}
