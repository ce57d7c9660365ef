package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Thailand;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.PublishedEvent;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class HouseholdCommandsResourceTest {

    private static final String FIELD_TEAM = Tokens.bearer("somchai", "field-team", "24");
    private static final String TODAY = LocalDate.now(Thailand.ZONE).toString();
    private static final String VISIT = """
            {"visitedOn": "%s", "visitedBy": ["พัฒนากร", "ผู้นำ อช."], "notes": "เคาะประตูบ้าน"}""".formatted(TODAY);
    private static final String FOUR_T = """
            {"assessedOn": "%s",
             "attitude": {"willingToChange": true, "notes": "อยากมีอาชีพ"},
             "skills": {"workingMembers": 2, "skills": ["ทอผ้า"]},
             "resources": {"landRai": 1.5, "ownsLand": false, "meansOfProduction": ["กี่ทอผ้า"]},
             "wayOut": {"direction": "ทอผ้าขายในตลาดชุมชน"}}""".formatted(TODAY);

    @Inject
    Pool pool;

    private static String identify(String village) {
        return given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM)
                .body(NominationTest.nomination(NationalIds.random(), village))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
    }

    private static ValidatableResponse command(String id, String path, long version, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/v1/households/" + id + "/" + path).then();
    }

    @Test
    void aHouseholdGoesThroughStepOneToGraduation() {
        String id = identify("24010101");

        command(id, "visits", 1, VISIT).statusCode(200).header("ETag", "\"2\"").body("status.code", equalTo("VISITED"));
        command(id, "assessment", 2, FOUR_T).statusCode(200).body("status.code", equalTo("ASSESSED"));
        command(id, "poverty-causes", 3, """
                {"causes": [{"dimension": "INCOME", "description": "หนี้นอกระบบ"},
                            {"dimension": "HEALTH", "description": "ผู้สูงอายุติดเตียง"}], "reason": "Family Folder"}""")
                .statusCode(200).body("povertyCausesRecorded", equalTo(true));
        command(id, "poverty-causes/acknowledgement", 4, "{\"acknowledgedOn\": \"" + TODAY + "\"}")
                .statusCode(200).body("povertyCausesAcknowledged", equalTo(true));
        command(id, "classification", 5, "{\"group\": \"SELF_DEVELOPING\", \"reason\": \"มีแรงงานและทักษะ\"}")
                .statusCode(200).body("status.code", equalTo("CLASSIFIED")).body("group.th", equalTo("กลุ่ม ข พัฒนาตนเองได้"));
        command(id, "graduation", 6, "{\"graduatedOn\": \"" + TODAY + "\", \"annualIncomePerPerson\": 30000}")
                .statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/income-below-threshold"));
        command(id, "graduation", 6, "{\"graduatedOn\": \"" + TODAY + "\", \"annualIncomePerPerson\": 52000, \"reason\": \"รายได้เพิ่ม\"}")
                .statusCode(200).header("ETag", "\"7\"").body("status.code", equalTo("GRADUATED"));

        given().header("Authorization", FIELD_TEAM).get("/api/v1/households/" + id + "/history").then().statusCode(200)
                .body("type", equalTo(List.of("HouseholdIdentified", "HouseholdVisited", "HouseholdAssessed",
                        "PovertyCausesRecorded", "PovertyCausesAcknowledged", "HouseholdClassified", "HouseholdGraduated")))
                .body("[5].reason", equalTo("มีแรงงานและทักษะ"))
                .body("[6].payload.threshold", equalTo(38000));
    }

    @Test
    void incomesPlanServiceMeasuredDecideTheGraduation() {
        String id = identify("24010108");
        command(id, "visits", 1, VISIT).statusCode(200);
        command(id, "assessment", 2, FOUR_T).statusCode(200);
        command(id, "classification", 3, "{\"group\": \"SELF_DEVELOPING\", \"reason\": \"มีแรงงาน\"}").statusCode(200);
        YearMonth now = YearMonth.now(Thailand.ZONE);
        incomeRecorded(id, now.minusMonths(2), 42_000);
        incomeRecorded(id, now.minusMonths(1), 30_000);
        incomeRecorded(id, now, 45_000);
        await().atMost(Duration.ofSeconds(30)).until(() -> incomesAbove(id, 0) == 3);

        command(id, "graduation", 4, "{\"graduatedOn\": \"" + TODAY + "\", \"annualIncomePerPerson\": 99000}")
                .statusCode(409).body("detail", containsString("consecutive months"));
        incomeRecorded(id, now.minusMonths(1), 40_000);
        await().atMost(Duration.ofSeconds(30)).until(() -> incomesAbove(id, 38_000) == 3);
        command(id, "graduation", 4, "{\"graduatedOn\": \"" + TODAY + "\"}")
                .statusCode(200).body("status.code", equalTo("GRADUATED"));
    }

    @Test
    void withoutMeasuredIncomesTheGraduationNeedsOne() {
        String id = identify("24010109");
        command(id, "visits", 1, VISIT).statusCode(200);
        command(id, "assessment", 2, FOUR_T).statusCode(200);
        command(id, "classification", 3, "{\"group\": \"SELF_DEVELOPING\", \"reason\": \"มีแรงงาน\"}").statusCode(200);

        command(id, "graduation", 4, "{\"graduatedOn\": \"" + TODAY + "\"}")
                .statusCode(422).body("field", equalTo("annualIncomePerPerson"));
    }

    private static void incomeRecorded(String householdId, YearMonth month, int annualisedPerPerson) {
        int fiscalYear = th.poverty.area.FiscalYear.ofDate(month.atDay(1));
        PublishedEvent.of("plan.events", "plan-service", "IncomeRecorded", "plan", "plan-" + householdId, 1, """
                {"planId": "plan-%s", "householdId": "%s", "month": "%s", "fiscalYear": %d, "householdMembers": 4,
                 "sources": ["AGRICULTURE"], "monthlyIncomeThb": 1.00, "monthlyIncomePerPersonThb": 1.00,
                 "annualisedIncomePerPersonThb": %d.00, "replacesEarlierMeasurement": false}"""
                .formatted(householdId, householdId, month, fiscalYear, annualisedPerPerson)).publish();
    }

    @Test
    void aSkippedStepIsAConflictAndWritesNothing() {
        String id = identify("24010102");
        long before = events(id);

        command(id, "classification", 1, "{\"group\": \"WELFARE\", \"reason\": \"ติดเตียง\"}")
                .statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/not-yet-assessed"));
        command(id, "assessment", 1, FOUR_T).statusCode(409).body("type", equalTo("/problems/not-yet-visited"));
        assertThat(events(id)).isEqualTo(before);
    }

    @Test
    void writesNeedTheVersionTheCallerRead() {
        String id = identify("24010103");

        given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).body(VISIT)
                .post("/api/v1/households/" + id + "/visits").then()
                .statusCode(428).contentType("application/problem+json").body("field", equalTo("If-Match"));
        command(id, "visits", 1, VISIT).statusCode(200);
        command(id, "visits", 1, VISIT).statusCode(412).contentType("application/problem+json")
                .header("ETag", "\"2\"").body("currentVersion", equalTo(2));
        given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("If-Match", "latest").body(VISIT)
                .post("/api/v1/households/" + id + "/visits").then().statusCode(400).body("field", equalTo("If-Match"));
        assertThat(events(id)).isEqualTo(2);
    }

    @Test
    void badBodiesAreRefusedByField() {
        String id = identify("24010104");

        command(id, "classification", 1, "{\"group\": \"RICH\", \"reason\": \"x\"}")
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("group"));
        command(id, "visits", 1, "{\"visitedOn\": \"" + TODAY + "\", \"visitedBy\": []}")
                .statusCode(400).body("field", equalTo("visitedBy"));
        command(id, "closure", 1, "{\"closure\": \"DUPLICATE\", \"reason\": \"ซ้ำ\"}")
                .statusCode(422).body("field", equalTo("duplicateOf"));
        command(id, "corrections", 1, "{\"phone\": \"12\", \"reason\": \"x\"}").statusCode(400).body("field", equalTo("phone"));
        assertThat(events(id)).isEqualTo(1);
    }

    @Test
    void aClosedHouseholdAcceptsOnlyAReopenAndFreesItsHeadForAnotherIdentification() {
        String id = identify("24010105");
        command(id, "closure", 1, "{\"closure\": \"MOVED\", \"reason\": \"ย้ายไปกรุงเทพฯ\"}")
                .statusCode(200).body("status.code", equalTo("CLOSED")).body("closure.th", equalTo("ย้ายออกนอกพื้นที่"));

        command(id, "visits", 2, VISIT).statusCode(409).body("type", equalTo("/problems/household-closed"));
        command(id, "reopening", 2, "{\"reason\": \"ย้ายกลับมา\"}").statusCode(200).body("status.code", equalTo("IDENTIFIED"));
    }

    @Test
    void aCorrectionChangesPersonalDataApartFromTheEvents() {
        String id = identify("24010106");

        command(id, "corrections", 1, "{\"phone\": \"0899999999\", \"members\": 5, \"reason\": \"เบอร์ใหม่\"}")
                .statusCode(200).body("members", equalTo(5)).body("head", equalTo(null));
        given().header("Authorization", FIELD_TEAM).header("X-Purpose", "check the correction")
                .get("/api/v1/households/" + id).then().statusCode(200).body("head.phone", equalTo("0899999999"));

        String payload = pool.preparedQuery("select payload::text from events where stream_id = $1 and version = 2")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getString(0);
        assertThat(payload).contains("head.phone").doesNotContain("0899999999");
    }

    @Test
    void householdsAreFoundByAreaStatusAndGroupPageByPage() {
        String first = identify("24010107");
        String second = identify("24010107");
        command(first, "visits", 1, VISIT).statusCode(200);

        given().header("Authorization", FIELD_TEAM).queryParam("area", "24010107").queryParam("status", "VISITED")
                .get("/api/v1/households").then().statusCode(200)
                .body("items.householdId", hasItem(first)).body("items.householdId", not(hasItem(second)));
        var page = given().header("Authorization", FIELD_TEAM).queryParam("area", "24010107").queryParam("limit", 1)
                .get("/api/v1/households").then().statusCode(200).body("items.size()", equalTo(1)).extract();
        given().header("Authorization", FIELD_TEAM).queryParam("area", "24010107").queryParam("limit", 1)
                .queryParam("after", page.path("next").toString())
                .get("/api/v1/households").then().statusCode(200).body("items.size()", equalTo(1))
                .body("items[0].householdId", not(equalTo(page.path("items[0].householdId"))));
        given().header("Authorization", Tokens.bearer("korat", "field-team", "30")).queryParam("area", "24010107")
                .get("/api/v1/households").then().statusCode(200).body("items.size()", equalTo(0));
        given().header("Authorization", FIELD_TEAM).queryParam("status", "SLEEPING")
                .get("/api/v1/households").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aDistrictIsListedInAreaOrderAcrossPagesWithEveryHouseholdOnce() {
        List<String> ours = List.of(identify("24010203"), identify("24010103"), identify("24010203"), identify("24010302"));
        List<String> villages = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        String after = null;
        do {
            var request = given().header("Authorization", FIELD_TEAM).queryParam("area", "2401").queryParam("limit", 2);
            var page = (after == null ? request : request.queryParam("after", after))
                    .get("/api/v1/households").then().statusCode(200).extract();
            villages.addAll(page.path("items.villageCode"));
            listed.addAll(page.path("items.householdId"));
            after = page.path("next");
        } while (after != null);

        assertThat(listed).containsAll(ours).doesNotHaveDuplicates();
        assertThat(villages).allMatch(v -> v.startsWith("2401")).isSorted();
        given().header("Authorization", FIELD_TEAM).queryParam("area", "2401").queryParam("after", "not-a-cursor")
                .get("/api/v1/households").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("after"));
    }

    private long incomesAbove(String id, int threshold) {
        return pool.preparedQuery("select count(*) from household_incomes where household_id = $1 "
                        + "and annualised_income_per_person > $2")
                .execute(Tuple.of(id, threshold)).await().indefinitely().iterator().next().getLong(0);
    }

    private long events(String id) {
        return pool.preparedQuery("select count(*) from events where stream_id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getLong(0);
    }
}
