package th.poverty.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/** PDPA: who sees a head's personal data, the record of each read, and erasure. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class PersonalDataTest {

    private static final String FIELD_TEAM = Tokens.bearer("somchai", "field-team", "24");
    private static final String DISTRICT = Tokens.bearer("amphoe", "district-officer", "2401");
    private static final String MINISTRY = Tokens.bearer("moi", "ministry", "");

    @Inject
    Pool pool;

    private String nationalId;

    private String identify() {
        nationalId = NationalIds.random();
        return given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM)
                .body(NominationTest.nomination(nationalId, "24010101"))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
    }

    @Test
    void personalDataNeedsARoleThatWorksWithTheHouseholdAndAStatedPurpose() {
        String id = identify();

        given().header("Authorization", FIELD_TEAM).get("/api/v1/households/" + id).then().statusCode(200)
                .body("head", nullValue()).body("status.code", equalTo("IDENTIFIED"));
        given().header("Authorization", MINISTRY).header("X-Purpose", "curious").get("/api/v1/households/" + id).then()
                .statusCode(200).body("head", nullValue());
        given().header("Authorization", FIELD_TEAM).header("X-Purpose", "plan the home visit")
                .get("/api/v1/households/" + id).then().statusCode(200)
                .body("head.firstName", equalTo("สมศรี"))
                .body("head.nationalId", equalTo("*********" + nationalId.substring(9)));
        given().header("Authorization", DISTRICT).header("X-Purpose", "verify identity for welfare registration")
                .get("/api/v1/households/" + id).then().statusCode(200)
                .body("head.nationalId", equalTo(nationalId));

        given().header("Authorization", DISTRICT).get("/api/v1/households/" + id + "/personal-data-reads").then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].actor", equalTo("amphoe"))
                .body("[0].purpose", equalTo("verify identity for welfare registration"))
                .body("actorRole", hasItem("field-team"));
        given().header("Authorization", FIELD_TEAM).get("/api/v1/households/" + id + "/personal-data-reads").then()
                .statusCode(403);
    }

    @Test
    void aPurposeInThaiTravelsPercentEncodedAndIsLoggedAsWritten() {
        String id = identify();
        String purpose = "ตรวจสอบสิทธิ + สวัสดิการ";
        given().header("Authorization", DISTRICT)
                .header("X-Purpose", java.net.URLEncoder.encode(purpose, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .get("/api/v1/households/" + id).then().statusCode(200).body("head.firstName", equalTo("สมศรี"));
        given().header("Authorization", DISTRICT).header("X-Purpose", "audit 1+1")
                .get("/api/v1/households/" + id).then().statusCode(200);
        given().header("Authorization", DISTRICT).header("X-Purpose", "100%sure")
                .get("/api/v1/households/" + id).then().statusCode(400).body("field", equalTo("X-Purpose"));

        given().header("Authorization", DISTRICT).get("/api/v1/households/" + id + "/personal-data-reads").then()
                .statusCode(200).body("purpose", containsInAnyOrder(purpose, "audit 1+1"));
    }

    @Test
    void erasureDeletesThePersonalDataAndKeepsTheHistory() {
        String id = identify();
        given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("If-Match", "\"1\"")
                .body("{\"closure\": \"DIED\", \"reason\": \"เสียชีวิต\"}")
                .post("/api/v1/households/" + id + "/closure").then().statusCode(200);
        given().header("Authorization", DISTRICT).get("/api/v1/households/" + id + "/history").then().statusCode(200)
                .body("[1].reason", equalTo("เสียชีวิต"));

        given().contentType(ContentType.JSON).header("Authorization", FIELD_TEAM).header("If-Match", "\"2\"")
                .body("{\"reason\": \"ญาติขอให้ลบข้อมูล\"}")
                .post("/api/v1/households/" + id + "/personal-data/erasure").then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", DISTRICT).header("If-Match", "\"2\"")
                .body("{\"reason\": \"ญาติขอให้ลบข้อมูล\"}")
                .post("/api/v1/households/" + id + "/personal-data/erasure").then().statusCode(200)
                .body("personalDataErased", equalTo(true));

        given().header("Authorization", DISTRICT).header("X-Purpose", "audit").get("/api/v1/households/" + id).then()
                .statusCode(200).body("head", nullValue()).body("status.code", equalTo("CLOSED"));
        given().header("Authorization", DISTRICT).get("/api/v1/households/" + id + "/history").then().statusCode(200)
                .body("type", hasItem("PersonalDataErased"))
                .body("reason", everyItem(nullValue())).body("[1].payload.closure", equalTo("DIED"));
        assertThat(pool.preparedQuery("select count(*) from free_texts where subject_id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0)).as("free text erased").isZero();
        assertThat(pool.preparedQuery("select count(*) from household_people where household_id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0)).isZero();
        given().contentType(ContentType.JSON).header("Authorization", DISTRICT).header("If-Match", "\"3\"")
                .body("{\"reason\": \"again\"}")
                .post("/api/v1/households/" + id + "/personal-data/erasure").then().statusCode(409)
                .body("type", equalTo("/problems/personal-data-erased"));
    }
}
