package th.poverty.household.tpmap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

/** A TPMAP target list flags the households whose heads it names and adds the people it names who lead none. */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
public class TpmapImportTest {

    static final String IMPORTS = "/api/v1/tpmap-imports";
    public static final String HEADER = "national_id,first_name,last_name,house_number,village_code,health,living_conditions,"
            + "education,income,access_to_services\n";
    private static final String DISTRICT = Tokens.bearer("wichai", "district-officer", "2401");

    @Inject
    Pool pool;

    @Test
    void listedHeadsFlagTheirHouseholdsAndListedPeopleNotInTheProgrammeBecomeCandidates() {
        String nominated = NationalIds.random();
        String verified = nominate(nominated, "24010101");
        String surveyed = NationalIds.random();
        BmnImportTest.awaitDone(BmnImportTest.upload(new SurveyFile()
                .row(surveyed, SurveyFile.houseNumber(), "24010102", "4", "25000", "").bytes(), DISTRICT, 202), DISTRICT);
        String candidate = householdOf(surveyed);
        String newcomer = NationalIds.random();
        String unnamed = NationalIds.random();
        // the test profile imports 4 rows per batch: rows 2-5, 6-9 and 10
        String list = HEADER
                + nominated + ",,,,24010101,1,0,,1,0\n"                                               // 2 flags a verified household
                + surveyed + ",,,,24010102,0,0,1,0,0\n"                                               // 3 flags a candidate
                + newcomer + ",มะลิ,ทองดี," + SurveyFile.houseNumber() + ",24010103,0,1,0,Y,0\n"      // 4 a new candidate
                + unnamed + ",,,,24010103,0,0,0,1,0\n"                                                // 5 no name to add them by
                + NationalIds.random() + ",สมปอง,ดีใจ,,24010103,0,0,0,0,0\n"                           // 6 fails no dimension
                + newcomer + ",มะลิ,ทองดี,,24010103,0,1,0,1,0\n"                                      // 7 listed again
                + "1103702071831,สมร,ใจงาม,,24010103,1,0,0,0,0\n"                                     // 8 bad check digit
                + NationalIds.random() + ",สมร,ใจงาม,,30010101,1,0,0,0,0\n"                           // 9 outside the area
                + NationalIds.random() + ",สมร,ใจงาม,,24010103,maybe,0,0,0,0\n";                      // 10 no flag

        String job = upload(list.getBytes(), DISTRICT, 202);
        JsonPath done = awaitDone(job, DISTRICT);

        assertThat(done.getString("status.code")).isEqualTo("DONE");
        assertThat(done.getMap("rows")).containsExactlyInAnyOrderEntriesOf(Map.of("total", 9, "read", 9, "flagged", 2,
                "candidates", 1, "notTargets", 1, "duplicates", 1, "rejected", 4));
        String rejections = given().header("Authorization", DISTRICT).get(job + "/rejections").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertThat(rejections.lines().toList()).satisfiesExactly(
                header -> assertThat(header).isEqualTo("row,outcome,field,code,reason"),
                line -> assertThat(line).startsWith("5,REJECTED,first_name,name-required,"),
                line -> assertThat(line).startsWith("7,DUPLICATE,,duplicate-in-file,"),
                line -> assertThat(line).startsWith("8,REJECTED,national_id,invalid-national-id,"),
                line -> assertThat(line).startsWith("9,REJECTED,village_code,outside-your-area,"),
                line -> assertThat(line).startsWith("10,REJECTED,health,invalid-flag,"));
        assertThat(rejections).doesNotContain(newcomer).doesNotContain(unnamed).doesNotContain("มะลิ");

        String added = householdOf(newcomer);
        given().header("Authorization", DISTRICT).get("/api/v1/households/" + added).then().statusCode(200)
                .body("status.code", equalTo("CANDIDATE"))
                .body("source.code", equalTo("TPMAP_LIST"))
                .body("area.village.code", equalTo("24010103"));
        var flags = KafkaTopics.read("household.events", r -> List.of(verified, candidate, added).contains(r.key())
                && "TpmapTargetFlagged".equals(KafkaTopics.header(r, "ce_type")), 3);
        assertThat(flags).hasSize(3).allSatisfy(record -> assertThat(record.value()).contains("\"listYear\":2568")
                .doesNotContain(nominated).doesNotContain(surveyed).doesNotContain(newcomer).doesNotContain("มะลิ"));
        assertThat(valueFor(flags, verified)).contains("\"dimensions\":[\"HEALTH\",\"INCOME\"]").contains("\"verified\":true");
        assertThat(valueFor(flags, candidate)).contains("\"dimensions\":[\"EDUCATION\"]").contains("\"verified\":false");
        assertThat(valueFor(flags, added)).contains("\"dimensions\":[\"LIVING_CONDITIONS\",\"INCOME\"]")
                .contains("\"verified\":false");
        var identified = KafkaTopics.read("household.events", r -> r.key().equals(added)
                && "HouseholdIdentified".equals(KafkaTopics.header(r, "ce_type")), 1);
        assertThat(identified.getFirst().value()).contains("\"source\":\"TPMAP_LIST\"").doesNotContain(newcomer);

        String id = job.substring(job.lastIndexOf('/') + 1);
        assertThat(count("select count(*) from tpmap_import_rows where job_id = '" + id + "'")).as("rows left").isZero();
        assertThat(count("select count(*) from tpmap_import_people where job_id = '" + id + "'")).as("people kept").isZero();
        given().header("Authorization", DISTRICT).contentType(BmnImportTest.CSV).body(list.getBytes())
                .post(IMPORTS + "?listYear=2568").then().statusCode(200).header("Location", containsString(id));
    }

    @Test
    void aPersonWhoseHouseholdLiesOutsideTheUploadersAreaIsNotFlaggedNorNamed() {
        String elsewhere = NationalIds.random();
        nominate(elsewhere, "24020101");

        JsonPath done = awaitDone(upload((HEADER + elsewhere + ",สมหญิง,ใจดี,,24010101,0,0,0,1,0\n").getBytes(),
                DISTRICT, 202), DISTRICT);

        assertThat(done.getInt("rows.rejected")).isEqualTo(1);
        assertThat(done.getInt("rows.candidates")).as("not a second household for the head").isZero();
        given().header("Authorization", DISTRICT).get(URI.create(done.getString("links.rejections")).getPath()).then()
                .body(containsString("2,REJECTED,national_id,household-outside-your-area,"));
        given().header("Authorization", Tokens.bearer("other", "district-officer", "2402")).get(IMPORTS + "/" + done.getString("jobId"))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aListWithoutTheDimensionsOrForAYearTpmapNeverHadIsRefusedWhole() {
        given().header("Authorization", DISTRICT).contentType(BmnImportTest.CSV)
                .body("national_id,village_code,health\n1103702071838,24010101,1\n")
                .post(IMPORTS + "?listYear=2568").then().statusCode(400)
                .contentType("application/problem+json")
                .body("field", equalTo("header"))
                .body("detail", containsString("lacks the column(s) living_conditions, education, income, access_to_services"));
        given().header("Authorization", DISTRICT).contentType(BmnImportTest.CSV).body(HEADER)
                .post(IMPORTS + "?listYear=2550").then().statusCode(422).body("field", equalTo("listYear"));
        assertThat(count("select count(*) from tpmap_imports where list_year = 2550")).isZero();
    }

    static String upload(byte[] file, String token, int status) {
        String location = given().header("Authorization", token).contentType(BmnImportTest.CSV).body(file)
                .post(IMPORTS + "?listYear=2568").then().statusCode(status)
                .header("Location", containsString(IMPORTS + "/")).extract().header("Location");
        return URI.create(location).getPath();
    }

    static JsonPath awaitDone(String job, String token) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", token).get(job).then().statusCode(200).extract().jsonPath(),
                        json -> !List.of("QUEUED", "RUNNING").contains(json.getString("status.code")));
    }

    private static String nominate(String nationalId, String village) {
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer("somsak", "province-officer", "24"))
                .body("""
                        {"forumDate": "2026-11-20", "villageCode": "%s", "reason": "รายได้ต่ำกว่าเกณฑ์",
                         "head": {"nationalId": "%s", "firstName": "สมศรี", "lastName": "ใจดี"}}""".formatted(village, nationalId))
                .post("/api/v1/households/forum-nominations").then().statusCode(201).extract().path("householdId");
    }

    private static String valueFor(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().value();
    }

    private String householdOf(String nationalId) {
        var rows = pool.preparedQuery("select household_id from household_people where national_id = $1")
                .execute(Tuple.of(nationalId)).await().indefinitely();
        assertThat(rows.size()).as("households of a head").isEqualTo(1);
        return rows.iterator().next().getString(0);
    }

    private long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }
}
