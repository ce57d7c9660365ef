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

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import th.poverty.plan.HouseholdFeed;
import th.poverty.testing.InfrastructureResource;

/**
 * Load figures, printed, not asserted (timings on a shared machine are not a verdict): a plan
 * with 200 activities revised 50 times, then read 2,000 times, interleaved with a small read as
 * the machine's baseline; and revisions of a plan with a long history timed against those of a
 * new one, interleaved, so both run equally warm. Shows that a read of a big plan costs about
 * what the smallest read does, and that a revision costs the same whatever came before it.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
@TestProfile(PlanReadAndReviseLoadTest.Unthrottled.class)
class PlanReadAndReviseLoadTest {

    /** One client reading as fast as it can is what the per-client rate limit refuses; here the service is measured. */
    public static class Unthrottled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("web.rate-limit.enabled", "false");
        }
    }

    private static final int ACTIVITIES = 200;
    private static final int REVISIONS = 50;
    private static final int COMPARED_REVISIONS = 10;
    private static final int WARM_UP_READS = 200;
    private static final int READS = 2_000;

    @TestHTTPResource("/api/v1/")
    URL api;

    @Test
    void aPlanWith50RevisionsAnd200ActivitiesReadsInOneLookUpAndRevisesAsFastAsANewOne() throws Exception {
        String planId = agreedPlanOf200Activities();
        for (int n = 1; n <= REVISIONS; n++) {
            revise(planId, n);
        }

        String fresh = agreedPlanOf200Activities();
        long[] firstRevisions = new long[COMPARED_REVISIONS];
        long[] laterRevisions = new long[COMPARED_REVISIONS];
        for (int k = 0; k < COMPARED_REVISIONS; k++) {
            firstRevisions[k] = revise(fresh, k + 1);
            laterRevisions[k] = revise(planId, REVISIONS + k + 1);
        }

        HttpClient client = HttpClient.newHttpClient();
        HttpRequest plan = get("plans/" + planId);
        HttpRequest baseline = get("households/" + householdOf(planId) + "/plan-eligibility");
        long[] planMicros = new long[READS];
        long[] baselineMicros = new long[READS];
        for (int i = -WARM_UP_READS; i < READS; i++) {
            long planTime = timed(client, plan);
            long baselineTime = timed(client, baseline);
            if (i >= 0) {
                planMicros[i] = planTime;
                baselineMicros[i] = baselineTime;
            }
        }
        String last = client.send(plan, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(last).contains("\"planVersion\":" + (REVISIONS + COMPARED_REVISIONS + 1))
                .contains("\"activityId\":\"A" + ACTIVITIES + "\"");

        System.out.printf("""
                        plan-service load figures (%d activities, %d revisions, %d reads each, interleaved):
                          GET /api/v1/plans/{id} (%d characters): p50 %.2f ms, p99 %.2f ms, max %.2f ms
                          baseline GET /api/v1/households/{id}/plan-eligibility: p50 %.2f ms, p99 %.2f ms, max %.2f ms
                          POST /revisions, median of %d: at revisions 1-%d %.2f ms, at revisions %d-%d %.2f ms
                        """, ACTIVITIES, REVISIONS, READS, last.length(), percentile(planMicros, 50),
                percentile(planMicros, 99), percentile(planMicros, 100), percentile(baselineMicros, 50),
                percentile(baselineMicros, 99), percentile(baselineMicros, 100), COMPARED_REVISIONS, COMPARED_REVISIONS,
                percentile(firstRevisions, 50), REVISIONS + 1, REVISIONS + COMPARED_REVISIONS,
                percentile(laterRevisions, 50));
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", FIELD_TEAM).GET().build();
    }

    /** The time of one request in µs; it must succeed. */
    private static long timed(HttpClient client, HttpRequest request) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1_000;
        assertThat(response.statusCode()).isEqualTo(200);
        return micros;
    }

    private static String householdOf(String planId) {
        return read("plans/" + planId, FIELD_TEAM).extract().path("householdId");
    }

    private static String agreedPlanOf200Activities() {
        String householdId = HouseholdFeed.classified("24010109");
        String planId = draft(householdId, draft(content(activities(ACTIVITIES, false))), FIELD_TEAM).statusCode(201)
                .extract().path("planId");
        command(planId, "agreement", 1, mou(), FIELD_TEAM).statusCode(200);
        return planId;
    }

    /** The plan's n-th revision (stream version n + 1 before it) rewords one activity; returns its time in µs. */
    private static long revise(String planId, int n) {
        List<String> revised = new ArrayList<>(activities(ACTIVITIES, true));
        int changed = (n - 1) % ACTIVITIES;
        revised.set(changed, revised.get(changed).replace("\"กิจกรรมที่ " + (changed + 1) + "\"",
                "\"กิจกรรมที่ " + (changed + 1) + " (ปรับครั้งที่ " + n + ")\""));
        String body = revision("ปรับครั้งที่ " + n, content(revised));
        long start = System.nanoTime();
        command(planId, "revisions", n + 1, body, FIELD_TEAM).statusCode(200);
        return (System.nanoTime() - start) / 1_000;
    }

    private static double percentile(long[] micros, int percent) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        int index = Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[index] / 1000.0;
    }

}
