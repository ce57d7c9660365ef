package th.poverty.team.coverage;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static th.poverty.team.Api.PROVINCE_OFFICER;
import static th.poverty.team.Api.as;
import static th.poverty.team.Api.assign;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.team.Api;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/** District ท่าตะเกียบ (2410): its two tambons, their teams, leaders, carers and households. No other test uses it. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class CoverageTest {

    private static final String ANALYST = Tokens.bearer("analyst", "analyst", "24");

    @Inject
    Pool pool;

    @Test
    void anAreasCoverageCountsHouseholdsCarersTeamsAndLeadersPerVillage() {
        var smile = Api.formSmileTeam("241001", "24100101", "ผู้นำ ท่าตะเกียบ").statusCode(201).extract();
        as(PROVINCE_OFFICER).body("""
                        {"kind": "OPERATIONS_TEAM", "name": "ทีมเคาะประตูคลองตะเกรา", "areaCode": "241002", "formedOn": "2026-09-01",
                         "members": [{"name": "ปลัดสมบัติ", "role": "TAMBON_CLERK"},
                                     {"name": "ผู้ใหญ่หนึ่ง", "role": "COMMUNITY_LEADER", "villageCode": "24100201"},
                                     {"name": "ผู้ใหญ่สอง", "role": "COMMUNITY_LEADER", "villageCode": "24100202"},
                                     {"name": "เกษตรตำบล", "role": "AGRICULTURE_OFFICER"}]}""")
                .post("/api/v1/teams").then().statusCode(201);
        String leader = as(PROVINCE_OFFICER).body("{\"teamId\": \"%s\", \"memberId\": \"%s\"}".formatted(smile.path("teamId"),
                        smile.path("members.find { it.role.code == 'CDD_VOLUNTEER_LEADER' }.memberId")))
                .post("/api/v1/carers").then().statusCode(201).extract().path("carerId");
        Api.communityLeaderCarer("24100203", "อาสา หมู่สาม");
        List<String> village1 = HouseholdEventsTopic.needingCare(pool, "24100101", 2);
        List<String> village601 = HouseholdEventsTopic.needingCare(pool, "24100201", 2);
        assign(leader, village1.getFirst()).statusCode(200);
        HouseholdEventsTopic.publish(List.of(HouseholdEventsTopic.graduated(village601.getLast())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(ANALYST).queryParam("area", "2410")
                .get("/api/v1/care/coverage").then().statusCode(200)
                .body("area.nameTh", equalTo("ท่าตะเกียบ"))
                .body("households.identified", equalTo(4))
                .body("households.open", equalTo(3))
                .body("households.withCarer", equalTo(1))
                .body("households.withoutCarer", equalTo(2))
                .body("households.graduated", equalTo(1))
                .body("carers.carers", equalTo(2))
                .body("carers.caredFor", equalTo(1))
                .body("carers.freePlaces", equalTo(5))
                .body("teams.find { it.kind.code == 'SMILE_TEAM' }.teams", equalTo(1))
                .body("teams.find { it.kind.code == 'OPERATIONS_TEAM' }.teams", equalTo(1))
                .body("below.area.code", equalTo(List.of("241001", "241002")))
                .body("below[0].households.withoutCarer", equalTo(1))
                .body("below[1].households.withoutCarer", equalTo(1))
                .body("below[1].carers.carers", equalTo(1)));

        as(ANALYST).queryParam("area", "2410").get("/api/v1/care/leaders").then().statusCode(200)
                .body("villages", equalTo(4))
                .body("leaders", equalTo(4))
                .body("leadersPerVillage", equalTo(1.0f))
                .body("meetsGuideline", equalTo(true))
                .body("byVillage.village.code", equalTo(List.of("24100101", "24100201", "24100202", "24100203")))
                .body("byVillage[0].openHouseholds", equalTo(2))
                .body("byVillage[0].leaders[0].carerId", equalTo(leader))
                .body("byVillage[3].leaders[0].name", equalTo("อาสา หมู่สาม"));
        as(ANALYST).queryParam("area", "241002").get("/api/v1/care/leaders").then()
                .body("byVillage.find { it.village.code == '24100201' }.leaders.name", equalTo(List.of("ผู้ใหญ่หนึ่ง")));
    }

    @Test
    void coverageIsForAKnownAreaWithinTheCallersOwn() {
        as(Tokens.bearer("korat", "province-officer", "30")).queryParam("area", "2410").get("/api/v1/care/coverage").then()
                .statusCode(403);
        as(ANALYST).queryParam("area", "2499").get("/api/v1/care/coverage").then().statusCode(404);
        as(ANALYST).get("/api/v1/care/leaders").then().statusCode(400).body("field", equalTo("area"));
    }
}
