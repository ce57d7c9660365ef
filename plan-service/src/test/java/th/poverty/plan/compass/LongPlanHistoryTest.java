package th.poverty.plan.compass;

import static org.assertj.core.api.Assertions.assertThat;
import static th.poverty.plan.PlanApi.FIELD_TEAM;
import static th.poverty.plan.PlanApi.activities;
import static th.poverty.plan.PlanApi.command;
import static th.poverty.plan.PlanApi.content;
import static th.poverty.plan.PlanApi.draft;
import static th.poverty.plan.PlanApi.mou;
import static th.poverty.plan.PlanApi.read;
import static th.poverty.plan.PlanApi.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import th.poverty.plan.HouseholdFeed;
import th.poverty.testing.InfrastructureResource;

/**
 * A plan of 200 activities revised 50 times is read whole at its latest version and revised again
 * as a new one is. How fast it reads and revises is measured by bench/'s PlanReadBenchmark, beside
 * its floor, not here.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
@TestProfile(LongPlanHistoryTest.Unthrottled.class)
class LongPlanHistoryTest {

    /** One client revising as fast as it can is what the per-client rate limit refuses; here the plan's history is tested. */
    public static class Unthrottled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("web.rate-limit.enabled", "false");
        }
    }

    private static final int ACTIVITIES = 200;
    private static final int REVISIONS = 50;

    @Test
    void aPlanWith50RevisionsAnd200ActivitiesIsReadWholeAtItsLatestVersionAndRevisedAgain() {
        String planId = agreedPlanOf200Activities();
        for (int n = 1; n <= REVISIONS; n++) {
            revise(planId, n);
        }
        revise(planId, REVISIONS + 1);

        String plan = read("plans/" + planId, FIELD_TEAM).statusCode(200).extract().asString();
        assertThat(plan).contains("\"planVersion\":" + (REVISIONS + 2))
                .contains("\"activityId\":\"A" + ACTIVITIES + "\"")
                .contains("กิจกรรมที่ " + (REVISIONS + 1) + " (ปรับครั้งที่ " + (REVISIONS + 1) + ")");
    }

    private static String agreedPlanOf200Activities() {
        String householdId = HouseholdFeed.classified("24010109");
        String planId = draft(householdId, draft(content(activities(ACTIVITIES, false))), FIELD_TEAM).statusCode(201)
                .extract().path("planId");
        command(planId, "agreement", 1, mou(), FIELD_TEAM).statusCode(200);
        return planId;
    }

    /** The plan's n-th revision (stream version n + 1 before it) rewords one activity. */
    private static void revise(String planId, int n) {
        List<String> revised = new ArrayList<>(activities(ACTIVITIES, true));
        int changed = (n - 1) % ACTIVITIES;
        revised.set(changed, revised.get(changed).replace("\"กิจกรรมที่ " + (changed + 1) + "\"",
                "\"กิจกรรมที่ " + (changed + 1) + " (ปรับครั้งที่ " + n + ")\""));
        command(planId, "revisions", n + 1, revision("ปรับครั้งที่ " + n, content(revised)), FIELD_TEAM).statusCode(200);
    }
}
