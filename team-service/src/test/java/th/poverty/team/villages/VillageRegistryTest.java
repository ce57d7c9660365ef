package th.poverty.team.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import th.poverty.domain.Thailand;
import th.poverty.team.Api;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.Tokens;

/**
 * Sa Kaeo (27) loads its village list and district เมืองสระแก้ว (2701) keeps its villages: each a
 * stream of events with who, when and why. No other test registers villages there.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "team"))
class VillageRegistryTest {

    private static final String PROVINCE_OFFICER = Tokens.bearer("sakaeo", "province-officer", "27");
    private static final String DISTRICT_OFFICER = Tokens.bearer("mueang-sakaeo", "district-officer", "2701");
    private static final String OTHER_DISTRICT = Tokens.bearer("khlong-hat", "district-officer", "2702");
    private static final String FIELD_TEAM = Tokens.bearer("sakaeo-team", "field-team", "27");
    private static final String TODAY = LocalDate.now(Thailand.ZONE).toString();
    private static final String CSV = "text/csv; charset=UTF-8";

    /** Tambon สระแก้ว (270101) and บ้านแก้ง (270102); 270107 is no tambon of the area data. */
    private static final String LIST = """
            village_code,tambon_code,moo,name_th,name_en,อำเภอ
            27010101,,,บ้านทดสอบหนึ่ง,Ban Thotsop Nueng,เมืองสระแก้ว
            ,270101,2,บ้านทดสอบสอง,,เมืองสระแก้ว
            27010103,,,บ้านทดสอบสาม,,เมืองสระแก้ว
            27010201,,,บ้านทดสอบแก้ง,,เมืองสระแก้ว
            27010701,,,บ้านไม่มีตำบล,,
            24010101,,,บ้านจังหวัดอื่น,,
            27010204,,,บ้านซ้ำ,,
            27010204,,,บ้านซ้ำอีก,,
            27010205,,,Ban Latin Only,,
            """;

    private static ValidatableResponse upload(String token, String province, String csv, boolean dryRun) {
        return Api.as(token).contentType(CSV).body(csv).queryParam("dryRun", dryRun)
                .post("/api/v1/villages/lists/{p}", province).then();
    }

    private static ValidatableResponse village(String code) {
        return Api.as(FIELD_TEAM).get("/api/v1/villages/{code}", code).then();
    }

    @Test
    void aProvinceLoadsItsListAndLoadingItAgainChangesNothing() {
        upload(PROVINCE_OFFICER, "27", LIST, true).statusCode(200)
                .body("dryRun", equalTo(true)).body("registered", equalTo(4));
        for (String tambon : List.of("270101", "270102")) {
            Api.as(FIELD_TEAM).queryParam("area", tambon).get("/api/v1/villages").then().statusCode(200)
                    .body("items", empty());
        }

        upload(PROVINCE_OFFICER, "27", LIST, false).statusCode(200)
                .body("provinceCode", equalTo("27"))
                .body("rows", equalTo(9))
                .body("registered", equalTo(4))
                .body("renamed", equalTo(0))
                .body("unchanged", equalTo(0))
                .body("refused.row", contains(6, 7, 8, 9, 10))
                .body("refused.type", contains("unknown-tambon", "outside-province", "listed-twice", "listed-twice",
                        "name-not-thai"))
                .body("refused.field", contains("village_code", "village_code", "village_code", "village_code", "name_th"));

        Api.as(FIELD_TEAM).queryParam("area", "270101").get("/api/v1/villages").then().statusCode(200)
                .body("items.villageCode", contains("27010101", "27010102", "27010103"))
                .body("items.moo", contains(1, 2, 3))
                .body("items[0].nameTh", equalTo("บ้านทดสอบหนึ่ง"))
                .body("items[0].nameEn", equalTo("Ban Thotsop Nueng"))
                .body("items[0].area.tambon.nameTh", equalTo("สระแก้ว"))
                .body("items[0].status.code", equalTo("ACTIVE"))
                .body("items[0].version", equalTo(1));
        var published = KafkaTopics.read("team.events", r -> r.key().equals("27010102"), 1);
        assertThat(published).singleElement().satisfies(r -> {
            assertThat(KafkaTopics.header(r, "ce_type")).isEqualTo("VillageRegistered");
            assertThat(KafkaTopics.header(r, "ce_actor")).isEqualTo("sakaeo");
            assertThat(r.value()).contains("\"moo\":2").contains("บ้านทดสอบสอง");
        });

        upload(PROVINCE_OFFICER, "27", LIST, false).statusCode(200)
                .body("registered", equalTo(0)).body("renamed", equalTo(0)).body("unchanged", equalTo(4));
        village("27010101").statusCode(200).header("ETag", "\"1\"");

        String renamed = LIST.replace("27010103,,,บ้านทดสอบสาม", "27010103,,,บ้านทดสอบสามใหม่")
                .replace("27010201,,,บ้านทดสอบแก้ง,,เมืองสระแก้ว\n", "");
        upload(PROVINCE_OFFICER, "27", renamed, false).statusCode(200)
                .body("renamed", equalTo(1)).body("unchanged", equalTo(2))
                .body("notInFile", hasItem("27010201")).body("notInFile", not(hasItem("27010101")));
        Api.as(DISTRICT_OFFICER).get("/api/v1/villages/{code}/history", "27010103").then().statusCode(200)
                .body("type", contains("VillageRegistered", "VillageRenamed"))
                .body("[1].actor", equalTo("sakaeo"))
                .body("[1].reason", equalTo(VillageListUpload.REASON));
    }

    @Test
    void onlyTheProvincesOwnOfficeLoadsItsListAndAFileThatIsNoListIsRefusedWhole() {
        String list = "village_code,name_th\n27010501,บ้านทดสอบท่าแยก\n";
        upload(DISTRICT_OFFICER, "27", list, false).statusCode(403);
        upload(Api.PROVINCE_OFFICER, "27", list, false).statusCode(403);
        upload(PROVINCE_OFFICER, "99", list, false).statusCode(404);
        upload(PROVINCE_OFFICER, "27", "code,name\n1,2\n", false).statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("header"));
        Api.as(PROVINCE_OFFICER).contentType(CSV).body(list).queryParam("dryRun", "yes")
                .post("/api/v1/villages/lists/{p}", "27").then().statusCode(400).body("field", equalTo("dryRun"));
        Api.as(PROVINCE_OFFICER).contentType("text/csv; charset=ISO-8859-1").body(list)
                .post("/api/v1/villages/lists/{p}", "27").then().statusCode(415).body("field", equalTo("Content-Type"));
        village("27010501").statusCode(404);
        upload(Tokens.bearer("ministry", "ministry", ""), "27", list, false).statusCode(200).body("registered", equalTo(1));
    }

    @Test
    void theDistrictAddsRenamesAndRetiresItsVillagesEachChangeOnTheVersionItRead() {
        var added = Api.as(DISTRICT_OFFICER).header("Idempotency-Key", "add-27010301")
                .body("{\"villageCode\": \"27010301\", \"nameTh\": \"บ้านทดสอบใหม่\", \"reason\": \"ประกาศจังหวัดตั้งหมู่บ้านใหม่\"}")
                .post("/api/v1/villages").then().statusCode(201).header("ETag", "\"1\"")
                .body("moo", equalTo(1)).body("area.district.code", equalTo("2701"));
        Api.as(DISTRICT_OFFICER).header("Idempotency-Key", "add-27010301")
                .body("{\"villageCode\": \"27010301\", \"nameTh\": \"บ้านทดสอบใหม่\", \"reason\": \"ประกาศจังหวัดตั้งหมู่บ้านใหม่\"}")
                .post("/api/v1/villages").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("version", equalTo(1));
        Api.as(DISTRICT_OFFICER).body("{\"villageCode\": \"27010301\", \"nameTh\": \"บ้านซ้ำ\", \"reason\": \"อีกครั้ง\"}")
                .post("/api/v1/villages").then().statusCode(409).body("type", equalTo("/problems/village-already-registered"));
        Api.as(OTHER_DISTRICT).body("{\"villageCode\": \"27010302\", \"nameTh\": \"บ้านนอกเขต\", \"reason\": \"ลอง\"}")
                .post("/api/v1/villages").then().statusCode(403);
        Api.as(DISTRICT_OFFICER).body("{\"villageCode\": \"27010700\", \"nameTh\": \"บ้านศูนย์\", \"reason\": \"ลอง\"}")
                .post("/api/v1/villages").then().statusCode(422).contentType("application/problem+json")
                .body("field", equalTo("villageCode"));
        Api.as(DISTRICT_OFFICER).body("{\"villageCode\": \"2701030\", \"nameTh\": \"บ้านสั้น\", \"reason\": \"ลอง\"}")
                .post("/api/v1/villages").then().statusCode(400);
        Api.as(DISTRICT_OFFICER).body("{\"villageCode\": \"27010302\", \"nameTh\": \"บ้านทดสอบใหม่สอง\", \"reason\": \"ตั้งใหม่\"}")
                .post("/api/v1/villages").then().statusCode(201);

        String renaming = "{\"nameTh\": \"บ้านทดสอบใหม่เหนือ\", \"reason\": \"ประชาคมขอเปลี่ยนชื่อ\"}";
        Api.as(DISTRICT_OFFICER).body(renaming).post("/api/v1/villages/{c}/renaming", "27010301").then().statusCode(428);
        Api.as(DISTRICT_OFFICER).header("If-Match", "\"1\"").body(renaming)
                .post("/api/v1/villages/{c}/renaming", "27010301").then().statusCode(200).header("ETag", "\"2\"")
                .body("nameTh", equalTo("บ้านทดสอบใหม่เหนือ"));
        Api.as(DISTRICT_OFFICER).header("If-Match", "\"1\"").body(renaming)
                .post("/api/v1/villages/{c}/renaming", "27010301").then().statusCode(412).body("currentVersion", equalTo(2));
        Api.as(DISTRICT_OFFICER).header("If-Match", "\"2\"").body(renaming)
                .post("/api/v1/villages/{c}/renaming", "27010301").then().statusCode(409)
                .body("type", equalTo("/problems/name-unchanged"));
        Api.as(OTHER_DISTRICT).header("If-Match", "\"2\"").body(renaming)
                .post("/api/v1/villages/{c}/renaming", "27010301").then().statusCode(404);
        Api.as(FIELD_TEAM).header("If-Match", "\"2\"").body(renaming)
                .post("/api/v1/villages/{c}/renaming", "27010301").then().statusCode(403);

        String merger = "{\"retirement\": \"MERGED\", \"mergedInto\": \"%s\", \"retiredOn\": \"%s\", \"reason\": \"%s\"}";
        Api.as(DISTRICT_OFFICER).header("If-Match", "\"1\"")
                .body(merger.formatted("27010301", TODAY, "รวมหมู่บ้านตามประกาศจังหวัด"))
                .post("/api/v1/villages/{c}/retirement", "27010302").then().statusCode(200)
                .body("status.code", equalTo("RETIRED")).body("retirement.code", equalTo("MERGED"))
                .body("mergedInto", equalTo("27010301")).body("retiredOn", equalTo(TODAY));
        Api.as(DISTRICT_OFFICER).header("If-Match", "\"2\"")
                .body(merger.formatted("27010302", TODAY, "รวมกับหมู่บ้านที่ยุบแล้ว"))
                .post("/api/v1/villages/{c}/retirement", "27010301").then().statusCode(409)
                .body("type", equalTo("/problems/merged-into-retired"));
        Api.as(DISTRICT_OFFICER).header("If-Match", "\"2\"").body(merger.formatted("27020101", TODAY, "ต่างอำเภอ"))
                .post("/api/v1/villages/{c}/retirement", "27010301").then().statusCode(422).body("field", equalTo("mergedInto"));
        Api.as(DISTRICT_OFFICER).header("If-Match", "\"2\"").body(renaming)
                .post("/api/v1/villages/{c}/renaming", "27010302").then().statusCode(409)
                .body("type", equalTo("/problems/village-retired"));

        Api.as(DISTRICT_OFFICER).get("/api/v1/villages/{c}/history", "27010302").then().statusCode(200)
                .body("type", contains("VillageRegistered", "VillageRetired"))
                .body("[1].actor", equalTo("mueang-sakaeo"))
                .body("[1].reason", equalTo("รวมหมู่บ้านตามประกาศจังหวัด"));
        Api.as(FIELD_TEAM).queryParam("area", "270103").queryParam("status", "ACTIVE").get("/api/v1/villages").then()
                .statusCode(200).body("items.villageCode", contains("27010301"));
        Api.as(FIELD_TEAM).queryParam("area", "270103").queryParam("status", "RETIRED").get("/api/v1/villages").then()
                .body("items.villageCode", contains("27010302")).body("items[0].mergedInto", equalTo("27010301"));
        Api.as(DISTRICT_OFFICER).header("If-Match", "\"2\"")
                .body("{\"villageCode\": \"27010302\", \"nameTh\": \"บ้านคืนชื่อ\", \"reason\": \"ตั้งอีกครั้ง\"}")
                .post("/api/v1/villages").then().statusCode(409).body("type", equalTo("/problems/village-retired"));
    }

    @Test
    void aVillageIsReadWithinTheCallersAreaOnly() {
        Api.as(DISTRICT_OFFICER).body("{\"villageCode\": \"27010401\", \"nameTh\": \"บ้านทดสอบอ่าน\", \"reason\": \"ตั้งใหม่\"}")
                .post("/api/v1/villages").then().statusCode(201);

        Api.as(OTHER_DISTRICT).get("/api/v1/villages/{c}", "27010401").then().statusCode(404);
        Api.as(OTHER_DISTRICT).queryParam("area", "270104").get("/api/v1/villages").then().statusCode(200)
                .body("items", empty());
        Api.as(FIELD_TEAM).get("/api/v1/villages/{c}", "27010499").then().statusCode(404);
        Api.as(FIELD_TEAM).get("/api/v1/villages/{c}", "27").then().statusCode(404);
        Api.as(FIELD_TEAM).queryParam("area", "270104").queryParam("status", "GONE").get("/api/v1/villages").then()
                .statusCode(400).body("field", equalTo("status"));
        Api.as(FIELD_TEAM).get("/api/v1/villages").then().statusCode(400).body("field", equalTo("area"));
        Api.as(FIELD_TEAM).queryParam("area", "27").queryParam("limit", 1).get("/api/v1/villages").then()
                .body("items.size()", equalTo(1)).body("next", not(nullValue()));
        Api.as(FIELD_TEAM).queryParam("area", "27").queryParam("limit", 500).get("/api/v1/villages").then()
                .body("items.villageCode", hasItem("27010401"));
    }
}
