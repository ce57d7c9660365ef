package th.poverty.plan;

import static th.poverty.plan.PlanApi.TODAY;
import static th.poverty.plan.PlanApi.content;
import static th.poverty.plan.PlanApi.draft;
import static th.poverty.plan.PlanApi.mou;
import static th.poverty.plan.PlanApi.revision;
import static th.poverty.plan.PlanApi.threeActivities;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import th.poverty.plan.compass.PlanResource;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.access.AccessMatrix;
import th.poverty.testing.access.Endpoint;
import th.poverty.web.Roles;

/**
 * Every endpoint × every role, inside province 24 (where the agreed plan is) and outside it (30).
 * The writes name version 1 of a plan at version 2: inside, they are refused as stale (412) after
 * the access checks, so the fixtures stay as they are for the reads.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "plan"))
class AccessMatrixTest {

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleInsideAndOutsideTheArea() {
        String householdId = HouseholdFeed.classified("24010102");
        String planId = PlanApi.agreedPlan(householdId);
        var registry = AgencyFixtures.registered();
        String problemId = AgencyFixtures.awaitProblem(HouseholdFeed.surveyedAndConfirmed("24010102", 2567, "[3]"));

        return AccessMatrix.of(Endpoint.of(PlanResource.class, "th.poverty.plan"), Roles.ALL, "24", "30")
                .fixture("householdId", householdId)
                .fixture("planId", planId)
                .fixture("problemId", problemId)
                .pathParameter("code", registry.districtHealth())
                .pathParameter("provinceCode", "24")
                .pathParameter("area", "24")
                // the problem is with the district's health office; outside, another agency's token
                .agencies(registry.districtHealth(), registry.districtCdd())
                // the registry is reference data every role reads, wherever it works
                .ownArea("GET /api/v1/agencies/{code}")
                .ownArea("GET /api/v1/agencies")
                // an upload acts on the caller's own work: a row about another's is refused in the answer
                .ownArea("POST /api/v1/problems/status-updates")
                .body("POST /api/v1/problems/status-updates", "text/csv",
                        "problem_id,status,changed_on,reason\n" + UUID.randomUUID() + ",IN_PROGRESS," + TODAY + ",\n")
                .query("GET /api/v1/agencies", "area", "24")
                .query("GET /api/v1/problems", "area", "24")
                .query("GET /api/v1/agency-activities", "area", "24")
                .query("GET /api/v1/agency-activities", "agency", registry.districtHealth())
                .body("PUT /api/v1/agencies/{code}", """
                        {"nameTh": "สาธารณสุขอำเภอ", "nameEn": "District health office", "level": "DISTRICT",
                         "areaCode": "2401", "dimensions": ["HEALTH"], "helpKinds": ["SERVICE"], "welfareNeeds": [],
                         "reason": "ตรวจสิทธิ์"}""")
                .body("PUT /api/v1/routing/{provinceCode}", """
                        {"rules": [{"dimension": "HEALTH", "agencies": ["%s"]}], "reason": "ตรวจสิทธิ์"}"""
                        .formatted(registry.districtHealth()))
                .body("POST /api/v1/problems/{problemId}/acceptance", "{\"acceptedOn\": \"%s\"}".formatted(TODAY))
                .body("POST /api/v1/problems/{problemId}/declination",
                        "{\"declinedOn\": \"%s\", \"reason\": \"ตรวจสิทธิ์\"}".formatted(TODAY))
                .body("POST /api/v1/problems/{problemId}/status",
                        "{\"status\": \"IN_PROGRESS\", \"changedOn\": \"%s\"}".formatted(TODAY))
                .body("POST /api/v1/problems/{problemId}/help",
                        "{\"kind\": \"SERVICE\", \"amountThb\": 100, \"helpedOn\": \"%s\"}".formatted(TODAY))
                .body("POST /api/v1/problems/{problemId}/routing",
                        "{\"agency\": \"%s\", \"reason\": \"ตรวจสิทธิ์\"}".formatted(registry.provinceHealth()))
                .body("POST /api/v1/problems/{problemId}/activities",
                        "{\"planId\": \"%s\", \"activityId\": \"A3\"}".formatted(planId))
                .pathParameter("planVersion", "1")
                .pathParameter("activityId", "A1")
                .kernelOperations()
                .query("GET /api/v1/plans/{planId}/changes", "from", "1")
                .query("GET /api/v1/plans/{planId}/changes", "to", "1")
                .body("POST /api/v1/households/{householdId}/plans", draft(content(threeActivities(false))))
                .body("POST /api/v1/plans/{planId}/agreement", mou())
                .body("POST /api/v1/plans/{planId}/revisions", revision("ตรวจสิทธิ์", content(threeActivities(true))))
                .body("POST /api/v1/plans/{planId}/activities/{activityId}/progress",
                        "{\"status\": \"IN_PROGRESS\", \"progressOn\": \"%s\", \"note\": \"ตรวจสิทธิ์\"}".formatted(TODAY))
                .body("POST /api/v1/plans/{planId}/completion",
                        "{\"completedOn\": \"%s\", \"reason\": \"ตรวจสิทธิ์\"}".formatted(TODAY))
                .body("POST /api/v1/plans/{planId}/closure",
                        "{\"closedOn\": \"%s\", \"closure\": \"HOUSEHOLD_WITHDREW\", \"reason\": \"ตรวจสิทธิ์\"}".formatted(TODAY))
                .body("POST /api/v1/plans/{planId}/assistance", """
                        {"agency": "%s", "kind": "LOAN", "amountThb": 100, "deliveredOn": "%s",
                         "activityId": "A3", "description": "ตรวจสิทธิ์"}""".formatted(registry.districtHealth(), TODAY))
                .body("POST /api/v1/plans/{planId}/incomes", """
                        {"month": "2026-01", "householdMembers": 3, "reason": "ตรวจสิทธิ์",
                         "sources": [{"source": "CRAFT", "monthlyAmountThb": 1000}]}""")
                .cases();
    }
}
