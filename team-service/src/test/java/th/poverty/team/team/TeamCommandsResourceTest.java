package th.poverty.team.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static th.poverty.team.Api.PROVINCE_OFFICER;
import static th.poverty.team.Api.as;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Thailand;
import th.poverty.team.Api;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class TeamCommandsResourceTest {

    private static final String TODAY = LocalDate.now(Thailand.ZONE).toString();

    @Inject
    Pool pool;

    @Test
    void aSmileTeamIsFormedWithItsThreeMembersAndThaiLabels() {
        String id = Api.formSmileTeam("240104", "24010403", "สมศักดิ์ ใจดี").statusCode(201)
                .header("ETag", "\"4\"")
                .header("Location", containsString("/api/v1/teams/"))
                .body("kind.code", equalTo("SMILE_TEAM"))
                .body("area.tambon.nameTh", equalTo("คลองนา"))
                .body("members", hasSize(3))
                .body("members.role.th", hasItem("ผู้นำอาสาพัฒนาชุมชน (ผู้นำ อช.)"))
                .body("members.find { it.role.code == 'CDD_VOLUNTEER_LEADER' }.village.code", equalTo("24010403"))
                .extract().path("teamId");

        as(PROVINCE_OFFICER).get("/api/v1/teams/{id}/history", id).then().statusCode(200)
                .body("type", equalTo(List.of("TeamFormed", "TeamMemberJoined", "TeamMemberJoined", "TeamMemberJoined")))
                .body("[0].actor", equalTo("provincial"))
                .body("[0].reason", equalTo("ตั้งทีมตามแนวทาง Smile Team"));
        as(PROVINCE_OFFICER).queryParam("area", "2401").queryParam("kind", "SMILE_TEAM").queryParam("limit", 500)
                .get("/api/v1/teams").then().statusCode(200)
                .body("items.find { it.teamId == '%s' }.kind.en".formatted(id), equalTo("Smile Team"));
        as(Tokens.bearer("analyst", "analyst", "24")).queryParam("area", "24010403").get("/api/v1/teams").then()
                .statusCode(200).body("items.teamId", hasItem(id));
    }

    @Test
    void aTeamThatBreaksItsCompositionIsRefusedAndNothingIsWritten() {
        long before = events();
        as(PROVINCE_OFFICER).body("""
                        {"kind": "SMILE_TEAM", "name": "ทีมไม่ครบ", "areaCode": "240104", "formedOn": "2026-09-01",
                         "members": [{"name": "สมศักดิ์", "role": "CDD_VOLUNTEER_LEADER", "villageCode": "24010403"},
                                     {"name": "วิไลวรรณ", "role": "TAMBON_COORDINATOR"}]}""")
                .post("/api/v1/teams").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/team-composition")).body("field", equalTo("members"))
                .body("detail", containsString("0 ผู้เชี่ยวชาญ"));
        as(PROVINCE_OFFICER).body("""
                        {"kind": "OPERATIONS_TEAM", "name": "ทีมเคาะประตู", "areaCode": "240104", "formedOn": "2026-09-01",
                         "members": [{"name": "ผู้ใหญ่บุญมา", "role": "COMMUNITY_LEADER"}, {"name": "ปลัด", "role": "TAMBON_CLERK"}]}""")
                .post("/api/v1/teams").then().statusCode(422).body("field", equalTo("members[0].villageCode"));
        as(PROVINCE_OFFICER).body("""
                        {"kind": "BIG_TEAM", "name": "x", "areaCode": "240104", "formedOn": "2026-09-01", "members": []}""")
                .post("/api/v1/teams").then().statusCode(400).body("field", equalTo("kind"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aSmileTeamMemberIsReplacedNotJustRemoved() {
        var team = Api.formSmileTeam("240115", "24011505", "บุญเรือน ศรีสุข").statusCode(201).extract();
        String id = team.path("teamId");
        String coordinator = team.path("members.find { it.role.code == 'TAMBON_COORDINATOR' }.memberId");

        as(PROVINCE_OFFICER).header("If-Match", "\"4\"").body("{\"leftOn\": \"%s\", \"reason\": \"ย้ายไปอำเภออื่น\"}"
                        .formatted(TODAY))
                .post("/api/v1/teams/{id}/members/{m}/leaving", id, coordinator).then()
                .statusCode(409).body("type", equalTo("/problems/team-composition"));
        as(PROVINCE_OFFICER).header("If-Match", "\"4\"").body("""
                        {"name": "อรุณี", "role": "AGENCY_STAFF", "joinedOn": "%s", "reason": "เสริมทีม"}""".formatted(TODAY))
                .post("/api/v1/teams/{id}/members", id).then().statusCode(409);

        as(PROVINCE_OFFICER).header("If-Match", "\"4\"").body("""
                        {"on": "%s", "successorName": "อรุณี พัฒนากรใหม่", "reason": "ย้ายไปอำเภออื่น"}""".formatted(TODAY))
                .post("/api/v1/teams/{id}/members/{m}/replacement", id, coordinator).then()
                .statusCode(200).header("ETag", "\"6\"")
                .body("members.name", hasItem("อรุณี พัฒนากรใหม่"))
                .body("members.memberId", not(hasItem(coordinator)))
                .body("formerMembers[0].leftOn", equalTo(TODAY));
    }

    @Test
    void teamChangesNeedTheVersionTheCallerReadAndAKnownMember() {
        String id = Api.formSmileTeam("240117", "24011702", "มานพ ดีงาม").statusCode(201).extract().path("teamId");
        String body = "{\"on\": \"%s\", \"successorName\": \"ใหม่\", \"reason\": \"x\"}".formatted(TODAY);

        as(PROVINCE_OFFICER).body(body).post("/api/v1/teams/{id}/members/{m}/replacement", id, "nobody").then()
                .statusCode(428).body("field", equalTo("If-Match"));
        as(PROVINCE_OFFICER).header("If-Match", "\"3\"").body(body)
                .post("/api/v1/teams/{id}/members/{m}/replacement", id, "nobody").then()
                .statusCode(412).body("currentVersion", equalTo(4));
        as(PROVINCE_OFFICER).header("If-Match", "\"4\"").body(body)
                .post("/api/v1/teams/{id}/members/{m}/replacement", id, "nobody").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRepeatedFormationWithTheSameKeyAnswersTheSameTeam() {
        String body = """
                {"kind": "OPERATIONS_TEAM", "name": "ทีมปฏิบัติการตำบลบางตีนเป็ด", "areaCode": "240105", "formedOn": "2026-09-01",
                 "members": [{"name": "ปลัดสมบัติ", "role": "TAMBON_CLERK"},
                             {"name": "ผู้ใหญ่บุญมา", "role": "COMMUNITY_LEADER", "villageCode": "24010501"},
                             {"name": "ครูสุดา", "role": "NFE_TEACHER"}]}""";
        String first = as(PROVINCE_OFFICER).header("Idempotency-Key", "team-bang-tin-pet").body(body).post("/api/v1/teams")
                .then().statusCode(201).extract().path("teamId");
        as(PROVINCE_OFFICER).header("Idempotency-Key", "team-bang-tin-pet").body(body).post("/api/v1/teams")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("teamId", equalTo(first));
    }

    @Test
    void onlyOfficesFormTeamsAndOnlyInTheirArea() {
        Api.formSmileTeam("240104", "24010403", "x");
        as(Api.FIELD_TEAM).body("{}").post("/api/v1/teams").then().statusCode(403);
        as(Tokens.bearer("bangkhla", "district-officer", "2402")).body("""
                        {"kind": "SMILE_TEAM", "name": "x", "areaCode": "240104", "formedOn": "2026-09-01",
                         "members": [{"name": "a", "role": "CDD_VOLUNTEER_LEADER", "villageCode": "24010403"},
                                     {"name": "b", "role": "TAMBON_COORDINATOR"}, {"name": "c", "role": "DISTRICT_POVERTY_SPECIALIST"}]}""")
                .post("/api/v1/teams").then().statusCode(403).body("type", equalTo("/problems/outside-your-area"));
        as(Tokens.bearer("bangkhla", "district-officer", "2402")).queryParam("area", "2401").get("/api/v1/teams").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void theVocabularyGivesKindsRulesAndRolesInThaiAndEnglish() {
        as(Api.FIELD_TEAM).get("/api/v1/teams/vocabulary").then().statusCode(200)
                .body("kinds.kind.code", equalTo(List.of("SMILE_TEAM", "OPERATIONS_TEAM")))
                .body("roles.find { it.role.code == 'TAMBON_CLERK' }.role.th", equalTo("ปลัดตำบล"))
                .body("roles.find { it.role.code == 'COMMUNITY_LEADER' }.leadsCommunity", equalTo(true));
    }

    private long events() {
        return pool.preparedQuery("select count(*) from events where stream_type = $1").execute(Tuple.of("team"))
                .await().indefinitely().iterator().next().getLong(0);
    }
}
