package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

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

/** A graduate followed up at 6 months: one that fell back below the line is a new case of the same family. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class FollowUpTest {

    private static final String TEAM = Tokens.bearer("somchai", "field-team", "24");
    private static final LocalDate TODAY = LocalDate.now(Thailand.ZONE);

    @Test
    void aGraduateThatFellBackAtItsSixMonthFollowUpOpensANewCaseLinkedToTheOldOne() {
        String village = "24011401";
        String graduate = graduated(village, TODAY.minusMonths(6));
        given().header("Authorization", TEAM).queryParam("area", village).get("/api/v1/households/follow-ups-due").then()
                .statusCode(200).body("householdId", hasItem(graduate))
                .body("find { it.householdId == '%s' }.monthsAfter".formatted(graduate), equalTo(6));

        String link = command(graduate, "follow-ups", 5, """
                {"measuredOn": "%s", "annualIncomePerPerson": 30000}""".formatted(TODAY)).statusCode(200)
                .header("ETag", "\"6\"")
                .body("nextFollowUpDue", equalTo(TODAY.minusMonths(6).plusMonths(12).toString()))
                .extract().header("Link");
        assertThat(link).endsWith("; rel=\"new-case\"");
        String newCase = link.substring(link.indexOf("/households/") + 12, link.indexOf('>'));
        view(newCase).body("earlierCase", equalTo(graduate)).body("source.code", equalTo("FOLLOW_UP"))
                .body("status.code", equalTo("IDENTIFIED")).body("head.firstName", equalTo("สมศรี"));
        given().header("Authorization", TEAM).queryParam("area", village).get("/api/v1/households/follow-ups-due").then()
                .statusCode(200).body("householdId", not(hasItem(graduate)));

        command(graduate, "follow-ups", 6, """
                {"measuredOn": "%s", "annualIncomePerPerson": 30000}""".formatted(TODAY)).statusCode(409)
                .body("type", equalTo("/problems/follow-up-not-due"));
    }

    @Test
    void aGraduateStillAboveTheLineOpensNoCase() {
        String graduate = graduated("24011402", TODAY.minusMonths(6));
        var answer = command(graduate, "follow-ups", 5, """
                {"measuredOn": "%s", "annualIncomePerPerson": 60000}""".formatted(TODAY)).statusCode(200).extract();
        assertThat(answer.header("Link")).isNull();
        command(graduate, "follow-ups", 6, "{\"annualIncomePerPerson\": 60000}").statusCode(400);
    }

    /** A household nominated, visited, assessed, classified and graduated on {@code graduatedOn}: version 5. */
    private static String graduated(String village, LocalDate graduatedOn) {
        String id = given().contentType(ContentType.JSON).header("Authorization", TEAM).body("""
                        {"forumDate": "%s", "villageCode": "%s", "reason": "รายได้ต่ำกว่าเกณฑ์",
                         "head": {"nationalId": "%s", "firstName": "สมศรี", "lastName": "ใจดี"}}"""
                        .formatted(graduatedOn.minusDays(30), village, NationalIds.random()))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().<String>path("householdId");
        command(id, "visits", 1, "{\"visitedOn\": \"%s\", \"visitedBy\": [\"พัฒนากร\"]}".formatted(graduatedOn.minusDays(20)))
                .statusCode(200);
        command(id, "assessment", 2, """
                {"assessedOn": "%s", "attitude": {"willingToChange": true, "notes": "-"},
                 "skills": {"workingMembers": 1, "skills": []},
                 "resources": {"landRai": 0, "ownsLand": false, "meansOfProduction": []},
                 "wayOut": {"direction": "-"}}""".formatted(graduatedOn.minusDays(19))).statusCode(200);
        command(id, "classification", 3, "{\"group\": \"SELF_DEVELOPING\", \"reason\": \"ทำงานได้\"}").statusCode(200);
        command(id, "graduation", 4, "{\"graduatedOn\": \"%s\", \"annualIncomePerPerson\": 52000}".formatted(graduatedOn))
                .statusCode(200).body("status.code", equalTo("GRADUATED"));
        return id;
    }

    private static ValidatableResponse command(String id, String path, long version, String body) {
        return given().header("Authorization", TEAM).header("If-Match", "\"" + version + "\"").contentType(ContentType.JSON)
                .body(body).post("/api/v1/households/" + id + "/" + path).then();
    }

    private static ValidatableResponse view(String id) {
        return given().header("Authorization", TEAM).header("X-Purpose", "follow-up").get("/api/v1/households/" + id).then()
                .statusCode(200);
    }
}
