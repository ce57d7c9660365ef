package th.poverty.team;

import static th.poverty.team.Api.as;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.domain.Thailand;
import th.poverty.team.team.TeamResource;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.access.AccessMatrix;
import th.poverty.testing.access.Endpoint;
import th.poverty.web.Roles;

/**
 * Every endpoint × every role, inside province 24 (where the fixtures are) and outside it (30).
 * The registry's fixtures lie in district แปลงยาว (2409), which no other test counts villages in.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class AccessMatrixTest {

    private static final LocalDate TODAY = LocalDate.now(Thailand.ZONE);
    private static final String VILLAGE = "24010101";
    private static final String REGISTERED_VILLAGE = "24090101";
    private static final String REASON = "\"reason\": \"ตรวจสิทธิ์\"";

    @Inject
    Pool pool;

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleInsideAndOutsideTheArea() {
        String householdId = HouseholdEventsTopic.identified(pool, VILLAGE);
        JsonPath team = Api.formSmileTeam("240101", VILLAGE, "สมหญิง ใจดี").statusCode(201).extract().jsonPath();
        String carerId = Api.communityLeaderCarer(VILLAGE, "บุญมี ดูแล");
        Api.assign(carerId, householdId).statusCode(200);
        // each role's matrix caller is a carer too, so "my households" answers them (the fixture carer's account changes)
        for (String role : new String[] {Roles.FIELD_TEAM, Roles.DISTRICT_OFFICER, Roles.PROVINCE_OFFICER}) {
            as(Api.PROVINCE_OFFICER).body("{\"account\": \"%s-24\", %s}".formatted(role, REASON))
                    .post("/api/v1/carers/{id}/account", Api.communityLeaderCarer(VILLAGE, "ผู้ดูแล " + role)).then()
                    .statusCode(200);
        }
        String proposalId = as(Api.PROVINCE_OFFICER).body("{\"areaCode\": \"2401\"}").post("/api/v1/care/proposals")
                .then().statusCode(201).extract().path("proposalId");
        as(Api.PROVINCE_OFFICER).body("{\"villageCode\": \"%s\", \"nameTh\": \"บ้านทดสอบสิทธิ์\", %s}"
                .formatted(REGISTERED_VILLAGE, REASON)).post("/api/v1/villages").then().statusCode(201);

        return AccessMatrix.of(Endpoint.of(TeamResource.class, "th.poverty.team"), Roles.ALL, "24", "30")
                .fixture("householdId", householdId)
                .fixture("teamId", team.getString("teamId"))
                .fixture("memberId", team.getString("members[0].memberId"))
                .fixture("carerId", carerId)
                .fixture("proposalId", proposalId)
                .fixture("provinceCode", "24")
                .fixture("villageCode", REGISTERED_VILLAGE)
                .kernelOperations()
                .query("GET /api/v1/teams", "area", "24")
                .query("GET /api/v1/carers", "area", "24")
                .query("GET /api/v1/care/awaiting-carer", "area", "24")
                .query("GET /api/v1/care/coverage", "area", "24")
                .query("GET /api/v1/care/leaders", "area", "24")
                .query("GET /api/v1/care/visits-due", "area", "24")
                .query("GET /api/v1/care/caseload", "area", "24")
                .query("GET /api/v1/villages", "area", "24")
                .body("POST /api/v1/teams", """
                        {"kind": "SMILE_TEAM", "name": "Smile Team 240102", "areaCode": "240102", "formedOn": "2026-09-01",
                         "members": [{"name": "วิไลวรรณ พัฒนา", "role": "TAMBON_COORDINATOR"}], %s}""".formatted(REASON))
                .body("POST /api/v1/teams/{teamId}/members", """
                        {"name": "มานะ อาสา", "role": "OTHER", "villageCode": "%s", "joinedOn": "2026-09-02", %s}"""
                        .formatted(VILLAGE, REASON))
                .body("POST /api/v1/teams/{teamId}/members/{memberId}/leaving",
                        "{\"leftOn\": \"2026-09-03\", %s}".formatted(REASON))
                .body("POST /api/v1/teams/{teamId}/members/{memberId}/replacement", """
                        {"on": "2026-09-03", "successorName": "มานี อาสา", "successorVillageCode": "%s", %s}"""
                        .formatted(VILLAGE, REASON))
                .body("POST /api/v1/carers", """
                        {"name": "ประยุทธ ดูแล", "role": "COMMUNITY_LEADER", "areaCode": "%s", %s}""".formatted(VILLAGE, REASON))
                .body("POST /api/v1/carers/{carerId}/households",
                        "{\"householdId\": \"%s\", %s}".formatted(householdId, REASON))
                .body("POST /api/v1/carers/{carerId}/households/{householdId}/release",
                        "{\"release\": \"OTHER\", %s}".formatted(REASON))
                .body("POST /api/v1/care/households/{householdId}/reassignment",
                        "{\"carerId\": \"%s\", %s}".formatted(carerId, REASON))
                .body("POST /api/v1/care/proposals", "{\"areaCode\": \"2401\"}")
                .body("POST /api/v1/carers/{carerId}/households/{householdId}/visits",
                        "{\"visitedOn\": \"%s\", \"seen\": \"สบายดี\", \"nextVisitDue\": \"%s\"}".formatted(
                                TODAY,
                                TODAY.plusDays(14)))
                .body("POST /api/v1/carers/{carerId}/account",
                        "{\"account\": \"%s\", %s}".formatted(UUID.randomUUID(), REASON))
                // the cap in force already: refused as unchanged, past the access checks, so other tests keep three
                .body("PUT /api/v1/care/caps/{provinceCode}",
                        "{\"households\": 3, \"effectiveFrom\": \"2026-01-01\", %s}".formatted(REASON))
                .body("POST /api/v1/care/proposals/{proposalId}/confirmation", "{" + REASON + "}")
                .body("POST /api/v1/villages",
                        "{\"villageCode\": \"24090102\", \"nameTh\": \"บ้านทดสอบสิทธิ์สอง\", %s}".formatted(REASON))
                .body("POST /api/v1/villages/{villageCode}/renaming",
                        "{\"nameTh\": \"บ้านทดสอบสิทธิ์ใหม่\", %s}".formatted(REASON))
                .body("POST /api/v1/villages/{villageCode}/retirement",
                        "{\"retirement\": \"DISSOLVED\", \"retiredOn\": \"%s\", %s}".formatted(TODAY, REASON))
                .body("POST /api/v1/villages/lists/{provinceCode}", "text/csv; charset=UTF-8",
                        "village_code,name_th\n24090103,บ้านทดสอบสิทธิ์สาม\n")
                .cases();
    }
}
