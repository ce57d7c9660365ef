package th.poverty.team.care;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Thailand;
import th.poverty.team.Api;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/**
 * Continuity of care, the problem Smile Teams exist to solve: a carer records visits and when the
 * next is due, sees "my households" from their own token, and the district sees who is due or
 * late, carer by carer, team by team.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class CareRoundsTest {

    /** A village of อ.บางปะกง (2404) no other test of this service uses. */
    private static final String VILLAGE = "24040309";
    private static final String DISTRICT = "2404";
    private static final String OFFICE = Tokens.bearer("bangpakong", "district-officer", DISTRICT);
    private static final LocalDate TODAY = LocalDate.now(Thailand.ZONE);

    @Inject
    Pool pool;

    private static ValidatableResponse visit(String carer, String household, String body) {
        return Api.as(Api.FIELD_TEAM).body(body).post("/api/v1/carers/{c}/households/{h}/visits", carer, household).then();
    }

    private static String visitOn(LocalDate on, String seen, LocalDate next) {
        return "{\"visitedOn\": \"%s\", \"seen\": \"%s\", \"nextVisitDue\": \"%s\"}".formatted(on, seen, next);
    }

    @Test
    void aCarersVisitsSetWhenTheNextIsDueAndTheDistrictSeesWhoIsLate() {
        String carer = Api.communityLeaderCarer(VILLAGE, "สมพงษ์ ดูแลดี");
        String other = Api.communityLeaderCarer(VILLAGE, "อีกคน ดูแล");
        var households = HouseholdEventsTopic.needingCare(pool, VILLAGE, 2);
        String visited = households.get(0);
        String late = households.get(1);
        Api.assign(carer, visited).statusCode(200);
        Api.assign(carer, late).statusCode(200);
        String account = "carer-" + UUID.randomUUID();
        String asCarer = Tokens.bearer(account, "field-team", DISTRICT);

        Api.as(asCarer).get("/api/v1/care/my-households").then().statusCode(404).body("type", equalTo("/problems/not-a-carer"));
        Api.as(OFFICE).body("{\"account\": \"%s\", \"reason\": \"ผู้ดูแลเข้าใช้ระบบ\"}".formatted(account))
                .post("/api/v1/carers/{c}/account", carer).then().statusCode(200);
        Api.as(OFFICE).body("{\"account\": \"%s\", \"reason\": \"ผิดคน\"}".formatted(account))
                .post("/api/v1/carers/{c}/account", other).then().statusCode(409)
                .body("type", equalTo("/problems/account-already-linked"));

        // never visited: due within thirty days of being taken on
        Api.as(asCarer).get("/api/v1/care/my-households").then().statusCode(200)
                .body("carerId", equalTo(carer))
                .body("households.householdId", containsInAnyOrder(visited, late))
                .body("households[0].dueOn", equalTo(TODAY.plusDays(CareRounds.FIRST_VISIT_DAYS).toString()))
                .body("households[0].lastVisitedOn", nullValue())
                .body("households[0].overdue", equalTo(false));

        visit(other, visited, visitOn(TODAY, "x", TODAY.plusDays(14))).statusCode(409)
                .body("type", equalTo("/problems/not-caring-for-household"));
        visit(carer, visited, visitOn(TODAY, "x", TODAY)).statusCode(422).body("field", equalTo("nextVisitDue"));
        visit(carer, visited, visitOn(TODAY.minusDays(1), "x", TODAY.plusDays(14))).statusCode(422)
                .body("type", equalTo("/problems/before-care"));
        visit(carer, visited, visitOn(TODAY, "แม่เฒ่าเดินได้ดีขึ้น ยังขาดยา", TODAY.plusDays(14))).statusCode(200);

        // forty days after the other was taken on, still never visited: overdue
        pool.preparedQuery("update care_assignments set assigned_on = $2 where household_id = $1 and released_on is null")
                .execute(Tuple.of(late, TODAY.minusDays(40))).await().indefinitely();

        Api.as(asCarer).get("/api/v1/care/my-households").then().statusCode(200)
                .body("households.householdId", contains(late, visited))
                .body("households[0].overdue", equalTo(true))
                .body("households[1].lastVisitedOn", equalTo(TODAY.toString()))
                .body("households[1].dueOn", equalTo(TODAY.plusDays(14).toString()));
        Api.as(OFFICE).queryParam("area", VILLAGE).queryParam("within", 0).get("/api/v1/care/visits-due").then()
                .statusCode(200).body("overdue", equalTo(1)).body("households.householdId", contains(late));
        Api.as(OFFICE).queryParam("area", VILLAGE).queryParam("within", 20).queryParam("carerId", carer)
                .get("/api/v1/care/visits-due").then().statusCode(200).body("due", equalTo(2));
        Api.as(OFFICE).queryParam("area", DISTRICT).get("/api/v1/care/caseload").then().statusCode(200)
                .body("find { it.carerId == '%s' }.households".formatted(carer), equalTo(2))
                .body("find { it.carerId == '%s' }.overdue".formatted(carer), equalTo(1))
                .body("find { it.carerId == '%s' }.dueThisWeek".formatted(carer), equalTo(1))
                .body("find { it.carerId == '%s' }.households".formatted(other), equalTo(0));

        Api.as(Tokens.bearer("muang", "district-officer", "2401")).queryParam("area", DISTRICT)
                .get("/api/v1/care/caseload").then().statusCode(403);
        Api.as(OFFICE).queryParam("area", VILLAGE).queryParam("within", 91).get("/api/v1/care/visits-due").then()
                .statusCode(400);
        Api.as(OFFICE).queryParam("area", "2401").get("/api/v1/care/visits-due").then().statusCode(403);
    }

    @Test
    void aCarerSeesOnlyTheirOwnRound() {
        String account = "nobody-" + UUID.randomUUID();
        Api.as(Tokens.bearer(account, "field-team", DISTRICT)).get("/api/v1/care/my-households").then().statusCode(404);
        Api.as(OFFICE).queryParam("area", VILLAGE).queryParam("carerId", "no-such-carer").get("/api/v1/care/visits-due")
                .then().statusCode(200).body("households", empty());
    }
}
