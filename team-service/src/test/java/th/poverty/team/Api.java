package th.poverty.team;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import th.poverty.testing.Tokens;

/** The REST calls tests make again and again, as the roles that may make them. */
public final class Api {

    public static final String PROVINCE_OFFICER = Tokens.bearer("provincial", "province-officer", "24");
    public static final String FIELD_TEAM = Tokens.bearer("somchai", "field-team", "24");

    private Api() {
    }

    public static RequestSpecification as(String token) {
        return given().contentType(ContentType.JSON).header("Authorization", token);
    }

    /** A Smile Team for the tambon with its ผู้นำ อช. in {@code village}; returns the response (201 with the team). */
    public static ValidatableResponse formSmileTeam(String tambon, String village, String leaderName) {
        return as(PROVINCE_OFFICER).body("""
                        {"kind": "SMILE_TEAM", "name": "Smile Team %1$s", "areaCode": "%1$s", "formedOn": "2026-09-01",
                         "members": [
                           {"name": "%2$s", "role": "CDD_VOLUNTEER_LEADER", "villageCode": "%3$s"},
                           {"name": "วิไลวรรณ พัฒนา", "role": "TAMBON_COORDINATOR"},
                           {"name": "ประเสริฐ แก้จน", "role": "DISTRICT_POVERTY_SPECIALIST"}],
                         "reason": "ตั้งทีมตามแนวทาง Smile Team"}""".formatted(tambon, leaderName, village))
                .post("/api/v1/teams").then();
    }

    /** Registers a community leader of the village as a carer and returns the carer's id. */
    public static String communityLeaderCarer(String village, String name) {
        return as(PROVINCE_OFFICER).body("""
                        {"name": "%s", "role": "COMMUNITY_LEADER", "areaCode": "%s", "reason": "อาสาดูแลครัวเรือน"}"""
                        .formatted(name, village))
                .post("/api/v1/carers").then().statusCode(201).extract().path("carerId");
    }

    public static ValidatableResponse assign(String carerId, String householdId) {
        return as(FIELD_TEAM).body("{\"householdId\": \"%s\", \"reason\": \"ดูแลตามแผน\"}".formatted(householdId))
                .post("/api/v1/carers/{carerId}/households", carerId).then();
    }
}
