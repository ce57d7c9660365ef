package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import th.poverty.domain.Thailand;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/** The Family Folder is a record the team reads: one answer with everything step 1 wrote into it. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class FamilyFolderTest {

    private static final String TEAM = Tokens.bearer("somchai", "field-team", "24");
    private static final String DISTRICT = Tokens.bearer("chief", "district-officer", "2401");
    private static final String TODAY = LocalDate.now(Thailand.ZONE).toString();

    private static ValidatableResponse command(String id, String command, long version, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", TEAM).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/v1/households/{id}/" + command, id).then();
    }

    private static ValidatableResponse folder(String id, String token) {
        return given().header("Authorization", token).get("/api/v1/households/{id}/family-folder", id).then();
    }

    @Test
    void oneReadGivesTheWholeFamilyFolderWithLabelsAndItsTexts() {
        String id = given().contentType(ContentType.JSON).header("Authorization", TEAM).body("""
                        {"forumDate": "%s", "villageCode": "24010109", "reason": "ผู้สูงอายุอยู่ลำพัง",
                         "head": {"nationalId": "%s", "firstName": "ทองดี", "lastName": "มีสุข"}}"""
                        .formatted(TODAY, NationalIds.random()))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
        String members = """
                {"members": [{"relation": "HEAD", "ageBand": "AGE_60_PLUS", "bedridden": true, "elderlyLivingAlone": true}],
                 "reason": "บันทึกสมาชิกใน Family Folder"}""";
        command(id, "members", 1, members).statusCode(409).body("type", equalTo("/problems/not-yet-visited"));
        folder(id, TEAM).statusCode(200).body("visits", empty()).body("assessment", nullValue())
                .body("classification", nullValue()).body("causes", hasSize(5)).body("causes[0].causes", empty());

        command(id, "visits", 1, """
                {"visitedOn": "%s", "visitedBy": ["พัฒนากร"], "notes": "นอนติดเตียง ไม่มีผู้ดูแล"}""".formatted(TODAY))
                .statusCode(200);
        command(id, "members", 2, """
                {"members": [{"relation": "HEAD", "ageBand": "AGE_18_59", "elderlyLivingAlone": true}]}""")
                .statusCode(422).body("field", equalTo("members[0].elderlyLivingAlone"));
        command(id, "members", 2, members).statusCode(200).body("members", equalTo(1));
        command(id, "assessment", 3, """
                {"assessedOn": "%s", "attitude": {"willingToChange": false, "notes": "ท้อแท้"},
                 "skills": {"workingMembers": 0, "skills": []},
                 "resources": {"landRai": 0, "ownsLand": false, "meansOfProduction": []},
                 "wayOut": {"direction": "เข้าสู่ระบบสงเคราะห์"}}""".formatted(TODAY)).statusCode(200);
        command(id, "poverty-causes", 4, """
                {"causes": [{"dimension": "HEALTH", "description": "ติดเตียง"},
                            {"dimension": "INCOME", "description": "ไม่มีรายได้นอกจากเบี้ยยังชีพ"}]}""").statusCode(200);
        command(id, "poverty-causes/acknowledgement", 5, "{\"acknowledgedOn\": \"%s\"}".formatted(TODAY)).statusCode(200);
        command(id, "classification", 6, "{\"group\": \"WELFARE\", \"reason\": \"ผู้สูงอายุติดเตียง อยู่ลำพัง\"}")
                .statusCode(200);

        folder(id, TEAM).statusCode(200)
                .body("status.code", equalTo("CLASSIFIED"))
                .body("memberCount", equalTo(1))
                .body("members[0].relation.th", equalTo("หัวหน้าครัวเรือน"))
                .body("members[0].ageBand.code", equalTo("AGE_60_PLUS"))
                .body("members[0].bedridden", equalTo(true))
                .body("members[0].elderlyLivingAlone", equalTo(true))
                .body("visits[0].notes", equalTo("นอนติดเตียง ไม่มีผู้ดูแล"))
                .body("assessment.attitude.part.th", equalTo("ท1 ทัศนะ"))
                .body("assessment.attitude.notes", equalTo("ท้อแท้"))
                .body("assessment.wayOut.direction", equalTo("เข้าสู่ระบบสงเคราะห์"))
                .body("causes.dimension.code", contains("HEALTH", "LIVING_CONDITIONS", "EDUCATION", "INCOME",
                        "ACCESS_TO_SERVICES"))
                .body("causes[0].causes", contains("ติดเตียง"))
                .body("causes[3].dimension.en", equalTo("Income"))
                .body("causes[3].causes", contains("ไม่มีรายได้นอกจากเบี้ยยังชีพ"))
                .body("acknowledgedOn", equalTo(TODAY))
                .body("classification.group.th", equalTo("กลุ่ม ก สงเคราะห์"))
                .body("classification.reason", equalTo("ผู้สูงอายุติดเตียง อยู่ลำพัง"))
                .body("version", equalTo(7));

        folder(id, Tokens.bearer("analyst", "analyst", "")).statusCode(403);
        folder(id, Tokens.bearer("bangkhla", "field-team", "2402")).statusCode(404);

        // erasure takes the members with the head's personal data; the folder keeps its count
        given().contentType(ContentType.JSON).header("Authorization", DISTRICT).header("If-Match", "\"7\"")
                .body("{\"reason\": \"ขอลบข้อมูลตาม PDPA\"}").post("/api/v1/households/{id}/personal-data/erasure", id)
                .then().statusCode(200);
        folder(id, TEAM).statusCode(200).body("members", empty()).body("memberCount", equalTo(1))
                .body("visits[0].notes", nullValue());
    }
}
