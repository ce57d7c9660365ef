package th.poverty.team.coverage;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static th.poverty.team.Api.as;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import th.poverty.domain.Thailand;
import th.poverty.team.HouseholdEventsTopic;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/**
 * Chon Buri (20), district เมืองชลบุรี (2001), with a village list loaded: coverage and the leaders'
 * rule count the registered villages where no household lives, a village with households that the
 * list lacks, and no retired village. No other test uses province 20.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class RegisteredVillagesCoverageTest {

    private static final String OFFICER = Tokens.bearer("chonburi", "province-officer", "20");
    private static final String ANALYST = Tokens.bearer("chonburi-analyst", "analyst", "20");

    @Inject
    Pool pool;

    @Test
    void registeredVillagesWithoutHouseholdsCountAndRetiredOnesDoNot() {
        as(OFFICER).contentType("text/csv; charset=UTF-8").body("""
                        tambon_code,moo,name_th
                        200101,1,บ้านทดสอบหนึ่ง
                        200101,2,บ้านทดสอบสอง
                        200101,3,บ้านทดสอบสาม
                        200101,4,บ้านทดสอบสี่
                        200102,1,บ้านทดสอบมะขาม
                        200102,2,บ้านทดสอบมะขามสอง
                        """)
                .post("/api/v1/villages/lists/20").then().statusCode(200).body("registered", equalTo(6));
        as(OFFICER).header("If-Match", "\"1\"").body("""
                        {"retirement": "DISSOLVED", "retiredOn": "%s", "reason": "ยุบหมู่บ้าน"}"""
                        .formatted(LocalDate.now(Thailand.ZONE)))
                .post("/api/v1/villages/{c}/retirement", "20010104").then().statusCode(200);
        HouseholdEventsTopic.needingCare(pool, "20010101", 2);
        HouseholdEventsTopic.needingCare(pool, "20010105", 1); // a village the list lacks
        as(OFFICER).body("""
                        {"name": "อาสา ทดสอบ", "role": "COMMUNITY_LEADER", "areaCode": "20010102", "reason": "อาสาดูแล"}""")
                .post("/api/v1/carers").then().statusCode(201);

        as(ANALYST).queryParam("area", "2001").get("/api/v1/care/coverage").then().statusCode(200)
                .body("villages.villages", equalTo(6))
                .body("villages.registered", equalTo(5))
                .body("villages.withOpenHouseholds", equalTo(2))
                .body("villages.withLeaders", equalTo(1))
                .body("below.area.code", contains("200101", "200102"))
                .body("below[0].villages.villages", equalTo(4))
                .body("below[1].villages.villages", equalTo(2))
                .body("below[1].villages.withOpenHouseholds", equalTo(0))
                .body("below[1].households.identified", equalTo(0));
        as(ANALYST).queryParam("area", "200101").get("/api/v1/care/coverage").then().statusCode(200)
                .body("below.area.code", contains("20010101", "20010102", "20010103", "20010105"))
                .body("below[2].households.open", equalTo(0))
                .body("below[2].villages.registered", equalTo(1));

        as(ANALYST).queryParam("area", "2001").get("/api/v1/care/leaders").then().statusCode(200)
                .body("villages", equalTo(6))
                .body("registeredVillages", equalTo(5))
                .body("leaders", equalTo(1))
                .body("meetsGuideline", equalTo(false))
                .body("byVillage.village.code", contains("20010101", "20010102", "20010103", "20010105", "20010201",
                        "20010202"))
                .body("byVillage[0].nameTh", equalTo("บ้านทดสอบหนึ่ง"))
                .body("byVillage[0].status.code", equalTo("ACTIVE"))
                .body("byVillage[0].openHouseholds", equalTo(2))
                .body("byVillage[1].leaders.name", contains("อาสา ทดสอบ"))
                .body("byVillage[3].nameTh", nullValue())
                .body("byVillage[3].status", nullValue());
    }
}
