package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.domain.Thailand;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class NominationTest {

    private static final String NOMINATIONS = "/api/v1/households/forum-nominations";
    private static final String FIELD_TEAM = Tokens.bearer("somchai", "field-team", "24");

    @Inject
    Pool pool;

    static String nomination(String nationalId, String village) {
        return """
                {"forumDate": "2026-11-20", "villageCode": "%s", "reason": "รายได้ต่ำกว่าเกณฑ์ จปฐ.",
                 "head": {"nationalId": "%s", "firstName": "สมศรี", "lastName": "ใจดี", "phone": "0812345678"},
                 "houseNumber": null, "address": "12 หมู่ 1"}""".formatted(village, nationalId);
    }

    private static ValidatableResponse post(String body, String token) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", token);
        }
        return request.when().post(NOMINATIONS).then();
    }

    @Test
    void aNominatedHouseholdIsStoredShownAndPublished() {
        String nationalId = NationalIds.random();
        String id = post(nomination(nationalId, "24010101"), FIELD_TEAM)
                .statusCode(201)
                .header("Location", containsString("/api/v1/households/"))
                .header("ETag", "\"1\"")
                .extract().path("householdId");

        given().header("Authorization", FIELD_TEAM).header("X-Purpose", "home visit planning").when()
                .get("/api/v1/households/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status.code", equalTo("IDENTIFIED"))
                .body("status.th", equalTo("ชี้เป้าแล้ว"))
                .body("source.code", equalTo("COMMUNITY_FORUM"))
                .body("area.province.nameTh", equalTo("ฉะเชิงเทรา"))
                .body("area.village.code", equalTo("24010101"))
                .body("head.firstName", equalTo("สมศรี"))
                .body("head.nationalId", equalTo("*********" + nationalId.substring(9)));

        given().header("Authorization", FIELD_TEAM).when().get("/api/v1/households/" + id + "/history").then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].type", equalTo("HouseholdIdentified"))
                .body("[0].actor", equalTo("somchai"))
                .body("[0].actorRole", equalTo("field-team"))
                .body("[0].payload.villageCode", equalTo("24010101"));

        String stored = pool.preparedQuery("select payload::text || metadata::text from events where stream_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(id)).await().indefinitely().iterator().next().getString(0);
        assertThat(stored).doesNotContain(nationalId).doesNotContain("สมศรี").doesNotContain("0812345678");

        var published = readHouseholdEvents(id);
        assertThat(published).hasSize(1);
        assertThat(published.getFirst()).contains("\"villageCode\":\"24010101\"").endsWith("HouseholdIdentified").doesNotContain(nationalId).doesNotContain("สมศรี");
    }

    /** One parser may take the first village, another the last: a body that names a field twice is refused. */
    @Test
    void aBodyThatGivesAFieldTwiceIsRefusedAndCreatesNothing() {
        long before = events();

        post(nomination(NationalIds.random(), "24010101").replaceFirst("\\{", "{\"villageCode\": \"30010101\", "), FIELD_TEAM)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("villageCode"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theSameHeadIsNotIdentifiedTwice() {
        String nationalId = NationalIds.random();
        post(nomination(nationalId, "24010101"), FIELD_TEAM).statusCode(201);
        long before = events();

        post(nomination(nationalId, "24010102"), FIELD_TEAM)
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/already-identified"));
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() {
        String body = nomination(NationalIds.random(), "24010101");
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("Idempotency-Key", key)
                .body(body).post(NOMINATIONS).then().statusCode(201).extract().path("householdId");
        long after = events();

        given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("Idempotency-Key", key)
                .body(body).post(NOMINATIONS).then().statusCode(201)
                .body("householdId", equalTo(first))
                .header("Idempotent-Replayed", "true");
        assertThat(events()).isEqualTo(after);

        given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("Idempotency-Key", key)
                .body(nomination(NationalIds.random(), "24010101")).post(NOMINATIONS).then()
                .statusCode(422).body("type", equalTo("/problems/idempotency-key-reused"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON           | {"forumDate": "2026-11-20", "villageCode":                                      | 400 | /problems/malformed-body  |
            bad national ID checksum | BAD_ID                                                                          | 422 | /problems/invalid-identifier | head.nationalId
            unknown village          | UNKNOWN_VILLAGE                                                                 | 400 | /problems/unknown-village | villageCode
            a district, no village   | DISTRICT                                                                        | 400 | /problems/unknown-village | villageCode
            village not 8 digits     | SHORT_VILLAGE                                                                   | 400 | /problems/invalid-input   | villageCode
            missing reason           | {"forumDate": "2026-11-20", "villageCode": "24010101", "head": {"nationalId": "1103702071838", "firstName": "a", "lastName": "b"}} | 400 | /problems/invalid-input | reason
            missing head             | {"forumDate": "2026-11-20", "villageCode": "24010101", "reason": "r"}           | 400 | /problems/invalid-input   | head
            unreadable date          | {"forumDate": "20/11/2026", "villageCode": "24010101", "reason": "r", "head": {"nationalId": "1103702071838", "firstName": "a", "lastName": "b"}} | 400 | /problems/malformed-body | forumDate
            forum date in the future | FUTURE                                                                          | 422 | /problems/date-in-future  | forumDate
            forum before the programme | BEFORE_PROGRAMME                                                              | 422 | /problems/date-before-programme | forumDate
            date as a number         | DATE_AS_NUMBER                                                                  | 400 | /problems/malformed-body  | forumDate
            date as an array         | DATE_AS_ARRAY                                                                   | 400 | /problems/malformed-body  | forumDate
            unknown field            | {"forumDate": "2026-11-20", "vilageCode": "24010101", "reason": "r", "head": {"nationalId": "1103702071838", "firstName": "a", "lastName": "b"}} | 400 | /problems/malformed-body | vilageCode
            empty body               | EMPTY                                                                           | 400 | /problems/invalid-input   |
            """)
    void badInputGetsAProblemAndWritesNothing(String name, String body, int status, String type, String field) {
        String json = switch (body) {
            case "BAD_ID" -> nomination("1103702071831", "24010101");
            case "UNKNOWN_VILLAGE" -> nomination(NationalIds.random(), "24010100");
            case "SHORT_VILLAGE" -> nomination(NationalIds.random(), "2401010");
            case "DISTRICT" -> nomination(NationalIds.random(), "24010000");
            case "FUTURE" -> nomination(NationalIds.random(), "24010101")
                    .replace("2026-11-20", LocalDate.now(Thailand.ZONE).plusDays(2).toString());
            case "BEFORE_PROGRAMME" -> nomination(NationalIds.random(), "24010101").replace("2026-11-20", "2010-12-31");
            case "DATE_AS_NUMBER" -> nomination(NationalIds.random(), "24010101").replace("\"2026-11-20\"", "0");
            case "DATE_AS_ARRAY" -> nomination(NationalIds.random(), "24010101").replace("\"2026-11-20\"", "[2026, 11, 20]");
            case "EMPTY" -> "";
            default -> body;
        };
        long before = events();

        var response = post(json, FIELD_TEAM).statusCode(status).contentType("application/problem+json")
                .body("type", equalTo(type)).body("status", equalTo(status));
        if (field != null) {
            response.body("field", equalTo(field));
        }
        assertThat(events()).as("events after " + name).isEqualTo(before);
    }

    @Test
    void callersNeedATokenARoleThatMayNominateAndTheVillageInTheirArea() {
        String body = nomination(NationalIds.random(), "24010101");
        long before = events();

        post(body, null).statusCode(401).contentType("application/problem+json");
        post(body, "Bearer not.a.token").statusCode(401);
        post(body, Tokens.bearer("analyst", "analyst", "")).statusCode(403).contentType("application/problem+json");
        post(body, Tokens.bearer("korat", "field-team", "30")).statusCode(403)
                .body("type", equalTo("/problems/outside-your-area"));

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aHeadRegisteredInAnotherProvinceCannotBeTracedThere() {
        String nationalId = NationalIds.random();
        String korat = Tokens.bearer("korat", "field-team", "30");
        String there = post(nomination(nationalId, "30010101"), korat).statusCode(201).extract().path("householdId");
        long before = events();

        // from Chachoengsao: refused, as it must be, but naming no household, area or status
        String answer = post(nomination(nationalId, "24010101"), FIELD_TEAM).statusCode(409)
                .body("type", equalTo("/problems/already-identified")).extract().asString();
        assertThat(answer).doesNotContain(there).doesNotContain("30010101").doesNotContain("IDENTIFIED");
        // a village that is none, or one outside the caller's area, is refused before the head is looked up
        post(nomination(nationalId, "24010100"), FIELD_TEAM).statusCode(400).body("type", equalTo("/problems/unknown-village"));
        post(nomination(nationalId, "30010101"), FIELD_TEAM).statusCode(403).body("type", equalTo("/problems/outside-your-area"));
        // the province's own team is told which household it is
        post(nomination(nationalId, "30010102"), korat).statusCode(409).body("detail", containsString(there));

        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aHouseholdOutsideTheCallersAreaIsInvisible() {
        String id = post(nomination(NationalIds.random(), "24010101"), FIELD_TEAM).statusCode(201).extract().path("householdId");

        given().header("Authorization", Tokens.bearer("korat", "field-team", "30")).get("/api/v1/households/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", FIELD_TEAM).get("/api/v1/households/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    private long events() {
        return pool.query("select count(*) from events").execute().await().indefinitely().iterator().next().getLong(0);
    }

    private static List<String> readHouseholdEvents(String householdId) {
        return KafkaTopics.read("household.events", r -> householdId.equals(r.key()), 1).stream()
                .map(r -> r.value() + KafkaTopics.header(r, "ce_type"))
                .toList();
    }
}
