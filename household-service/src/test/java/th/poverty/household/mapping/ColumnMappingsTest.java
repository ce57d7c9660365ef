package th.poverty.household.mapping;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.household.bmn.BmnImportTest;
import th.poverty.household.bmn.SurveyFile;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/**
 * A province keeps the mappings of the exports its offices have, and its districts import those
 * exports as they are. In Chiang Mai (50), whose default mapping no other test's upload meets.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
class ColumnMappingsTest {

    private static final String MAPPINGS = "/api/v1/column-mappings/50/";
    private static final String PROVINCE = Tokens.bearer("kanda", "province-officer", "50");
    private static final String DISTRICT = Tokens.bearer("anan", "district-officer", "5001");
    /** The export of another system: Thai names, a running number, the village as tambon and หมู่ที่. */
    private static final String EXPORT_HEADER = "ลำดับ,เลขบัตรประชาชน,ชื่อ,นามสกุล,รหัสบ้าน,รหัสตำบล,หมู่ที่,จำนวนสมาชิก,"
            + "รายได้ต่อคนต่อปี,หมายเหตุ\n";

    @Inject
    Pool pool;

    @Test
    void aDistrictImportsAnotherSystemsExportAsItIsByItsProvincesMapping() {
        String name = name();
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(MappingBodies.survey(false))
                .put(MAPPINGS + name).then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("kind.code", equalTo("BMN_SURVEY"))
                .body("fields.village_code.tambonColumn", equalTo("รหัสตำบล"))
                .body("savedBy", equalTo("kanda"));
        given().header("Authorization", DISTRICT).get(MAPPINGS + name).then().statusCode(200)
                .body("fields.national_id.column", equalTo("เลขบัตรประชาชน"));
        String first = NationalIds.random();
        String second = NationalIds.random();
        byte[] export = (EXPORT_HEADER
                + "1," + first + ",สมศรี,ใจดี," + SurveyFile.houseNumber() + ",500101,3,4,25000,-\n"
                + "2," + second + ",สมชาย,ใจดี," + SurveyFile.houseNumber() + ",500102,๑๒,2,31000,\n").getBytes();

        JsonPath done = BmnImportTest.awaitDone(upload(export, "&mapping=" + name, 202), DISTRICT);

        assertThat(done.getInt("rows.accepted")).isEqualTo(2);
        assertThat(done.getString("mapping.name")).isEqualTo(name);
        assertThat(done.getInt("mapping.version")).isEqualTo(1);
        assertThat(villageOf(first)).isEqualTo("50010103");
        assertThat(villageOf(second)).isEqualTo("50010212");
    }

    @Test
    void aMappingIsReplacedWholeByWhoeverReadItsLatestVersionAndUploadsReadTheLatest() {
        String name = name();
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(MappingBodies.survey(false))
                .put(MAPPINGS + name).then().statusCode(201);
        byte[] export = (EXPORT_HEADER + "1," + NationalIds.random() + ",สมศรี,ใจดี," + SurveyFile.houseNumber()
                + ",500101,3,4,25000,-\n").getBytes();
        String firstJob = upload(export, "&mapping=" + name, 202);
        BmnImportTest.awaitDone(firstJob, DISTRICT);

        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(MappingBodies.survey(false))
                .put(MAPPINGS + name).then().statusCode(428).contentType("application/problem+json");
        given().header("Authorization", PROVINCE).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(MappingBodies.survey(false).replace("\"รายได้ต่อคนต่อปี\"", "\"รายได้เฉลี่ย\""))
                .put(MAPPINGS + name).then().statusCode(200).header("ETag", "\"2\"");
        given().header("Authorization", PROVINCE).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(MappingBodies.survey(false)).put(MAPPINGS + name).then().statusCode(412)
                .body("type", equalTo("/problems/stale-version"))
                .body("currentVersion", equalTo(2));

        // the same file read by the new version is another import, which finds the renamed column missing
        given().header("Authorization", DISTRICT).contentType(BmnImportTest.CSV).body(export)
                .post(BmnImportTest.IMPORTS + "?surveyYear=2568&mapping=" + name).then().statusCode(400)
                .body("type", equalTo("/problems/broken-csv"))
                .body("field", equalTo("header"))
                .body("detail", containsString("รายได้เฉลี่ย (for income_per_person)"))
                .body("detail", containsString("version 2"));
        assertThat(count("select count(*) from column_mappings where province_code = '50' and name = '" + name + "'"))
                .as("versions kept").isEqualTo(2);
    }

    @Test
    void aMappingThatLeavesOutRequiredFieldsIsRefusedNamingThem() {
        String name = name();
        String partial = MappingBodies.survey(false).replace("\"national_id\": {\"column\": \"เลขบัตรประชาชน\"},", "")
                .replace("\"members\": {\"column\": \"จำนวนสมาชิก\"},", "");

        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(partial)
                .put(MAPPINGS + name).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/mapping-incomplete"))
                .body("detail", containsString("national_id, members"))
                .body("errors.field", contains("fields.national_id", "fields.members"));
        given().header("Authorization", PROVINCE).get(MAPPINGS + name).then().statusCode(404);
    }

    @Test
    void theProvincesDefaultReadsTheUploadsThatNameNoMappingAndStandardAsksForTheStandardColumns() {
        String name = name();
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(MappingBodies.survey(true))
                .put(MAPPINGS + name).then().statusCode(201).body("isDefault", equalTo(true));
        given().header("Authorization", DISTRICT).get(MAPPINGS).then().statusCode(200)
                .body("mappings.find { it.name == '" + name + "' }.isDefault", equalTo(true));

        JsonPath byDefault = BmnImportTest.awaitDone(upload((EXPORT_HEADER + "1," + NationalIds.random()
                + ",สมศรี,ใจดี," + SurveyFile.houseNumber() + ",500101,3,4,25000,-\n").getBytes(), "", 202), DISTRICT);
        assertThat(byDefault.getString("mapping.name")).isEqualTo(name);

        byte[] standard = new SurveyFile().candidate("50010101").bytes();
        given().header("Authorization", DISTRICT).contentType(BmnImportTest.CSV).body(standard)
                .post(BmnImportTest.IMPORTS + "?surveyYear=2568").then().statusCode(400)
                .body("detail", containsString("เลขบัตรประชาชน (for national_id)"));
        JsonPath asStandard = BmnImportTest.awaitDone(upload(standard, "&mapping=standard", 202), DISTRICT);
        assertThat(asStandard.getMap("mapping")).isNull();
        assertThat(asStandard.getInt("rows.accepted")).isEqualTo(1);

        given().header("Authorization", PROVINCE).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(MappingBodies.survey(false)).put(MAPPINGS + name).then().statusCode(200).body("isDefault", equalTo(false));
        given().header("Authorization", DISTRICT).contentType(BmnImportTest.CSV).body(new SurveyFile().candidate("50010101").bytes())
                .post(BmnImportTest.IMPORTS + "?surveyYear=2568").then().statusCode(202).body("mapping", nullValue());
    }

    @Test
    void onlyTheProvincesOwnOfficersKeepItsMappingsAndOnlyItsOwnPeopleAndTheMinistryReadThem() {
        String name = name();
        given().header("Authorization", Tokens.bearer("somsak", "province-officer", "24")).contentType(ContentType.JSON)
                .body(MappingBodies.survey(false)).put(MAPPINGS + name).then().statusCode(403);
        given().header("Authorization", DISTRICT).contentType(ContentType.JSON)
                .body(MappingBodies.survey(false)).put(MAPPINGS + name).then().statusCode(403);
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(MappingBodies.survey(false))
                .put(MAPPINGS + name).then().statusCode(201);

        given().header("Authorization", Tokens.bearer("wichai", "district-officer", "2401")).get(MAPPINGS + name)
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer("mhai", "ministry", "")).get(MAPPINGS + name).then().statusCode(200);
        given().header("Authorization", DISTRICT).contentType(BmnImportTest.CSV).body(new SurveyFile().candidate("50010101").bytes())
                .post(BmnImportTest.IMPORTS + "?surveyYear=2568&mapping=no-such-mapping").then().statusCode(422)
                .body("type", equalTo("/problems/unknown-mapping")).body("field", equalTo("mapping"));
        given().header("Authorization", PROVINCE).contentType(ContentType.JSON).body(MappingBodies.survey(false))
                .put(MAPPINGS + "Standard Columns").then().statusCode(400).body("field", equalTo("name"));
    }

    @Test
    void theLayoutsNameEachKindsFieldsInThaiForTheConsole() {
        given().header("Authorization", DISTRICT).get("/api/v1/file-layouts").then().statusCode(200)
                .body("kind.code", hasItem("BMN_SURVEY"))
                .body("find { it.kind.code == 'BMN_SURVEY' }.fields.name", hasItem("village_code"))
                .body("find { it.kind.code == 'BMN_SURVEY' }.fields.find { it.name == 'national_id' }.required",
                        equalTo(true));
    }

    private static String upload(byte[] file, String mapping, int status) {
        String location = given().header("Authorization", DISTRICT).contentType(BmnImportTest.CSV).body(file)
                .post(BmnImportTest.IMPORTS + "?surveyYear=2568" + mapping).then().statusCode(status)
                .extract().header("Location");
        return URI.create(location).getPath();
    }

    private static String name() {
        return "export-" + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    private String villageOf(String nationalId) {
        return pool.preparedQuery("""
                        select h.village_code from households h join household_people p using (household_id)
                        where p.national_id = $1""")
                .execute(Tuple.of(nationalId)).await().indefinitely().iterator().next().getString(0);
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }
}
