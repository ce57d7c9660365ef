package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import th.poverty.domain.Thailand;
import th.poverty.household.review.YearReviewTest;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/**
 * Any command may carry an Idempotency-Key: a device that replays what it queued offline, or a
 * client that lost an answer, sends again and the household changes once.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class IdempotentCommandsTest {

    private static final String TEAM = Tokens.bearer("somchai", "field-team", "24");
    private static final String OTHER_TEAM = Tokens.bearer("somsri", "field-team", "24");
    private static final int TWINS = 8;
    private static final String TODAY = LocalDate.now(Thailand.ZONE).toString();
    private static final String VISIT = """
            {"visitedOn": "%s", "visitedBy": ["พัฒนากร"], "notes": "เยี่ยมบ้าน"}""".formatted(TODAY);

    @Test
    void aRepeatGetsTheFirstAnswerAndTheHouseholdChangesOnce() {
        String id = nominated();
        Response first = visit(id, TEAM, "visit-1", 1, VISIT);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Idempotent-Replayed")).isNull();

        // the answer was lost; the device sends again, with the version it had then
        Response repeat = visit(id, TEAM, "visit-1", 1, VISIT);
        assertThat(repeat.statusCode()).as("the first answer, not a stale version").isEqualTo(200);
        assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(repeat.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(repeat.contentType()).startsWith("application/json");
        assertThat(repeat.asString()).isEqualTo(first.asString());
        assertThat(visits(id)).isEqualTo(1);

        visit(id, TEAM, "visit-1", 2, VISIT.replace("เยี่ยมบ้าน", "เยี่ยมอีกครั้ง")).then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("/problems/idempotency-key-reused"));
        assertThat(visits(id)).isEqualTo(1);
    }

    @Test
    void keysAreEachCallersOwn() {
        String id = nominated();
        visit(id, TEAM, "shared-key", 1, VISIT).then().statusCode(200);
        visit(id, OTHER_TEAM, "shared-key", 2, VISIT).then().statusCode(200).header("Idempotent-Replayed", (String) null);
        assertThat(visits(id)).isEqualTo(2);
    }

    @Test
    void aRefusalIsNotKeptSoTheRetryWithTheCurrentVersionIsApplied() {
        String id = nominated();
        visit(id, TEAM, "first", 1, VISIT).then().statusCode(200);

        // queued offline at version 1; the household moved on meanwhile
        visit(id, TEAM, "queued", 1, VISIT).then().statusCode(412);
        visit(id, TEAM, "queued", 2, VISIT).then().statusCode(200).header("Idempotent-Replayed", (String) null);
        visit(id, TEAM, "queued", 2, VISIT).then().statusCode(200).header("Idempotent-Replayed", "true");
        assertThat(visits(id)).isEqualTo(2);
    }

    @RepeatedTest(3)
    void twinsSentAtOnceApplyOnce() throws Exception {
        String id = nominated();
        String key = UUID.randomUUID().toString();
        // the same If-Match: a twin that read the household after the first was applied sees a stale version
        List<Response> answers = atOnce(() -> given().contentType(ContentType.JSON).header("Authorization", TEAM)
                .header("Idempotency-Key", key).header("If-Match", "\"1\"").body(VISIT)
                .post("/api/v1/households/{id}/visits", id));
        assertThat(answers).as("every twin gets the first answer").allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.header("ETag")).isEqualTo("\"2\"");
        });
        assertThat(visits(id)).isEqualTo(1);
    }

    @RepeatedTest(3)
    void twinNominationsIdentifyOneHousehold() throws Exception {
        String body = """
                {"forumDate": "%s", "villageCode": "24010109", "reason": "ผู้สูงอายุอยู่ลำพัง",
                 "head": {"nationalId": "%s", "firstName": "ทองดี", "lastName": "มีสุข"}}""".formatted(TODAY, NationalIds.random());
        String key = UUID.randomUUID().toString();
        // a twin that comes second finds the head already identified, unless it finds the key first
        List<Response> answers = atOnce(() -> given().contentType(ContentType.JSON).header("Authorization", TEAM)
                .header("Idempotency-Key", key).body(body).post("/api/v1/households/forum-nominations"));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(201));
        assertThat(answers).extracting(answer -> answer.<String>path("householdId")).containsOnly(
                answers.getFirst().<String>path("householdId"));
    }

    private static List<Response> atOnce(Callable<Response> request) throws Exception {
        List<Future<Response>> sent = new ArrayList<>();
        try (var pool = Executors.newFixedThreadPool(TWINS)) {
            for (int i = 0; i < TWINS; i++) {
                sent.add(pool.submit(request));
            }
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : sent) {
            answers.add(answer.get());
        }
        return answers;
    }

    @Test
    void aKeyTooLongIsRefused() {
        visit(nominated(), TEAM, "k".repeat(201), 1, VISIT).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("Idempotency-Key"));
    }

    @Test
    void everyCommandButTheUploadsDocumentsTheKey() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/households/{householdId}/visits'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/api/v1/households/forum-nominations'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/api/v1/households/{householdId}'.get.parameters.name", not(hasItem("Idempotency-Key")))
                .body("paths.'/api/v1/bmn-imports'.post.parameters.name", not(hasItem("Idempotency-Key")));
    }

    private static Response visit(String id, String token, String key, long version, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", token).header("Idempotency-Key", key)
                .header("If-Match", "\"" + version + "\"").body(body).post("/api/v1/households/{id}/visits", id);
    }

    private static String nominated() {
        return YearReviewTest.nominate("24010109");
    }

    private static int visits(String id) {
        return given().header("Authorization", TEAM).get("/api/v1/households/{id}/family-folder", id).then()
                .statusCode(200).extract().path("visits.size()");
    }
}
