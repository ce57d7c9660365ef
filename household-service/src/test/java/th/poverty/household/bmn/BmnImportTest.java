package th.poverty.household.bmn;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.NationalIds;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "household"))
public class BmnImportTest {

    public static final String IMPORTS = "/api/v1/bmn-imports";
    public static final String CSV = "text/csv; charset=UTF-8";
    private static final String PROVINCE_OFFICER = Tokens.bearer("somsak", "province-officer", "24");

    @Inject
    Pool pool;

    @Inject
    ImportWorker worker;

    public static String upload(byte[] file, String token, int status) {
        return upload(file, 2568, token, status);
    }

    static String upload(byte[] file, int surveyYear, String token, int status) {
        String location = given().header("Authorization", token).contentType(CSV).body(file)
                .when().post(IMPORTS + "?surveyYear=" + surveyYear)
                .then().statusCode(status)
                .header("Location", containsString(IMPORTS + "/"))
                .extract().header("Location");
        return URI.create(location).getPath();
    }

    public static JsonPath awaitDone(String job, String token) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().header("Authorization", token).get(job).then().statusCode(200).extract().jsonPath(),
                        json -> !List.of("QUEUED", "RUNNING").contains(json.getString("status.code")));
    }

    @Test
    void aSurveyFileIdentifiesItsCandidatesAndReportsEveryOtherRow() {
        String existing = NationalIds.random();
        nominateAtForum(existing);
        String first = NationalIds.random();
        String byIndicators = NationalIds.random();
        String quoted = NationalIds.random();
        String house = SurveyFile.houseNumber();
        // the test profile imports 4 rows per batch, two batches at a time: rows 2-5, 6-9 and 10-13
        byte[] file = new SurveyFile()
                .row(first, SurveyFile.houseNumber(), "24010101", "4", "25000", "")                    // 2 candidate
                .row(first, SurveyFile.houseNumber(), "24010103", "4", "25000", "")                   // 3 twin of row 2
                .row(byIndicators, house, "24010102", "3", "\"52,000\"", "8;15")                      // 4 candidate
                .row("1103702071831", SurveyFile.houseNumber(), "24010101", "4", "25000", "")         // 5 bad checksum
                .row(NationalIds.random(), SurveyFile.houseNumber(), "24010100", "4", "25000", "")    // 6 unknown village
                .row(NationalIds.random(), SurveyFile.houseNumber(), "24010101", "2", "60000", "")    // 7 not a candidate
                .row(existing, SurveyFile.houseNumber(), "24010101", "4", "25000", "")                // 8 in the programme: resurveyed
                .row(NationalIds.random(), SurveyFile.houseNumber(), "30010101", "4", "25000", "")    // 9 outside the area
                .line(quoted + ",\"ณัฐ, พร\",\"ศรี \"\"ทอง\"\"\"," + SurveyFile.houseNumber()
                        + ",24010104,5,30000,23,,\"99/1 หมู่ 4,\nต.หน้าเมือง\"")                         // 10 candidate, quoted
                .line("1103702071838,สมศรี,ใจดี")                                                       // 11 too few columns
                .row(NationalIds.random(), SurveyFile.houseNumber(), "24010101", "0", "abc", "")      // 12 two bad fields
                .row(NationalIds.random(), house, "24010105", "4", "25000", "")                       // 13 candidate: shares row 4's house
                .bytes();
        long eventsBefore = count("select count(*) from events");

        String job = upload(file, PROVINCE_OFFICER, 202);
        JsonPath done = awaitDone(job, PROVINCE_OFFICER);

        assertThat(done.getString("status.code")).isEqualTo("DONE");
        assertThat(done.getMap("rows")).containsExactlyInAnyOrderEntriesOf(Map.of("total", 12, "read", 12, "accepted", 4,
                "resurveyed", 1, "notCandidates", 1, "duplicates", 1, "rejected", 5));
        assertThat(done.getDouble("percentDone")).isEqualTo(100.0);
        assertThat(done.getInt("incomeThreshold")).isEqualTo(38_000);
        assertThat(done.getString("uploadedBy")).isEqualTo("somsak");
        assertThat(count("select count(*) from events")).isEqualTo(eventsBefore + 5);

        String rejections = given().header("Authorization", PROVINCE_OFFICER).get(job + "/rejections").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(rejections.lines().toList()).satisfiesExactly(
                header -> assertThat(header).isEqualTo("row,outcome,field,code,reason"),
                line -> assertThat(line).startsWith("3,DUPLICATE,,duplicate-in-file,").contains("as row 2"),
                line -> assertThat(line).startsWith("5,REJECTED,national_id,invalid-national-id,"),
                line -> assertThat(line).startsWith("6,REJECTED,village_code,unknown-village,"),
                line -> assertThat(line).startsWith("9,REJECTED,village_code,outside-your-area,"),
                line -> assertThat(line).startsWith("11,REJECTED,row,wrong-column-count,"),
                line -> assertThat(line).startsWith("12,REJECTED,members,invalid-members,"),
                line -> assertThat(line).startsWith("12,REJECTED,income_per_person,invalid-income,"));
        assertThat(rejections).doesNotContain(existing).doesNotContain(first).doesNotContain("สมศรี");

        for (String nationalId : List.of(first, byIndicators, quoted)) {
            String household = householdOf(nationalId);
            given().header("Authorization", PROVINCE_OFFICER).get("/api/v1/households/" + household).then()
                    .statusCode(200)
                    .body("status.code", equalTo("CANDIDATE"))
                    .body("source.code", equalTo("BMN_SURVEY"))
                    .body("area.province.code", equalTo("24"));
        }
        assertThat(personOf(quoted)).containsExactly("ณัฐ, พร", "ศรี \"ทอง\"", "99/1 หมู่ 4,\nต.หน้าเมือง");
        assertThat(count("select count(*) from bmn_import_rows where job_id = '" + jobId(job) + "'"))
                .as("personal data left in the staged rows").isZero();

        List<String> households = List.of(householdOf(first), householdOf(byIndicators), householdOf(quoted));
        var published = KafkaTopics.read("household.events", r -> households.contains(r.key()), 3);
        assertThat(published).hasSize(3).allSatisfy(record -> {
            assertThat(KafkaTopics.header(record, "ce_type")).isEqualTo("HouseholdIdentified");
            assertThat(KafkaTopics.header(record, "ce_actor")).isEqualTo("somsak");
            assertThat(record.value()).contains("\"source\":\"BMN_SURVEY\"").contains("\"surveyYear\":2568")
                    .doesNotContain(first).doesNotContain(byIndicators).doesNotContain(quoted).doesNotContain("สมศรี");
        });
        var byIndicatorsEvent = published.stream().filter(r -> r.key().equals(householdOf(byIndicators))).findFirst()
                .orElseThrow();
        assertThat(byIndicatorsEvent.value()).contains("\"members\":3").contains("\"annualIncomePerPerson\":52000")
                .contains("\"failedIndicators\":[8,15]");
        assertThat(KafkaTopics.header(byIndicatorsEvent, "ce_reason")).as("reasons stay in the service").isNull();
    }

    @Test
    void aLaterYearsSurveyUpdatesTheFactsOfHouseholdsAlreadyInTheProgramme() {
        String poorStill = NationalIds.random();
        String notPoorNow = NationalIds.random();
        JsonPath first = awaitDone(upload(new SurveyFile()
                .row(poorStill, SurveyFile.houseNumber(), "24010101", "4", "25000", "8")
                .row(notPoorNow, SurveyFile.houseNumber(), "24010102", "3", "30000", "").bytes(),
                2568, PROVINCE_OFFICER, 202), PROVINCE_OFFICER);
        assertThat(first.getInt("rows.accepted")).isEqualTo(2);
        String household = householdOf(poorStill);

        JsonPath later = awaitDone(upload(new SurveyFile()
                .row(poorStill, SurveyFile.houseNumber(), "24010101", "5", "31000", "15;17")
                .row(notPoorNow, SurveyFile.houseNumber(), "24010102", "3", "61000", "").bytes(),
                2569, PROVINCE_OFFICER, 202), PROVINCE_OFFICER);

        assertThat(later.getMap("rows")).containsExactlyInAnyOrderEntriesOf(Map.of("total", 2, "read", 2, "accepted", 0,
                "resurveyed", 2, "notCandidates", 0, "duplicates", 0, "rejected", 0));
        given().header("Authorization", PROVINCE_OFFICER).get("/api/v1/households/" + household).then().statusCode(200)
                .body("surveyYear", equalTo(2569))
                .body("members", equalTo(5))
                .body("status.code", equalTo("CANDIDATE"));
        assertThat(householdOf(notPoorNow)).as("still one household for the head").isNotNull();
        var resurveyed = KafkaTopics.read("household.events",
                r -> r.key().equals(household) && "HouseholdResurveyed".equals(KafkaTopics.header(r, "ce_type")), 1);
        assertThat(resurveyed.getFirst().value()).contains("\"surveyYear\":2569").contains("\"annualIncomePerPerson\":31000")
                .contains("\"failedIndicators\":[15,17]").doesNotContain(poorStill);

        JsonPath again = awaitDone(upload(new SurveyFile()
                .row(poorStill, SurveyFile.houseNumber(), "24010101", "5", "32000", "15").bytes(),
                2569, PROVINCE_OFFICER, 202), PROVINCE_OFFICER);
        assertThat(again.getInt("rows.duplicates")).as("the same year twice").isEqualTo(1);
        assertThat(again.getInt("rows.resurveyed")).isZero();
        given().header("Authorization", PROVINCE_OFFICER).get(URI.create(again.getString("links.rejections")).getPath())
                .then().statusCode(200).body(containsString("2,DUPLICATE,,already-surveyed,"));
    }

    @Test
    void uploadingTheSameFileAgainChangesNothing() {
        byte[] file = new SurveyFile().candidate("24010101").candidate("24010102")
                .row(NationalIds.random(), SurveyFile.houseNumber(), "24010100", "4", "25000", "").bytes();
        String job = upload(file, PROVINCE_OFFICER, 202);
        awaitDone(job, PROVINCE_OFFICER);
        long events = count("select count(*) from events");
        long outcomes = count("select count(*) from bmn_import_outcomes");
        long jobs = count("select count(*) from bmn_imports");

        String again = given().header("Authorization", PROVINCE_OFFICER).contentType(CSV).body(file)
                .post(IMPORTS + "?surveyYear=2568").then()
                .statusCode(200)
                .body("status.code", equalTo("DONE"))
                .body("rows.accepted", equalTo(2))
                .extract().header("Location");

        assertThat(URI.create(again).getPath()).isEqualTo(job);
        assertThat(count("select count(*) from events")).isEqualTo(events);
        assertThat(count("select count(*) from bmn_import_outcomes")).isEqualTo(outcomes);
        assertThat(count("select count(*) from bmn_imports")).isEqualTo(jobs);
    }

    @Test
    void aDistrictOfficerImportsTheirDistrictAndSeesOnlyTheirJobs() {
        String district = Tokens.bearer("wichai", "district-officer", "2401");
        byte[] file = new SurveyFile().candidate("24010101").candidate("24020101").bytes();

        String job = upload(file, district, 202);
        JsonPath done = awaitDone(job, district);

        assertThat(done.getInt("rows.accepted")).isEqualTo(1);
        assertThat(done.getInt("rows.rejected")).isEqualTo(1);
        assertThat(done.getString("areaCode")).isEqualTo("2401");
        given().header("Authorization", district).get(job + "/rejections").then().statusCode(200)
                .body(containsString("3,REJECTED,village_code,outside-your-area,"));
        given().header("Authorization", PROVINCE_OFFICER).get(job).then().statusCode(200);
        given().header("Authorization", Tokens.bearer("korat", "province-officer", "30")).get(job).then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("other", "district-officer", "2402")).get(job + "/rejections")
                .then().statusCode(404);
    }

    @Test
    void aJobLeftRunningByAStoppedInstanceIsResumedFromItsFirstStagedRow() {
        UUID job = UUID.randomUUID();
        String nationalId = NationalIds.random();
        execute("""
                insert into bmn_imports (job_id, survey_year, area_code, file_sha256, file_bytes, income_threshold,
                                         indicator_count, identified_on, uploaded_by, uploader_role, correlation_id,
                                         status, rows_total, rows_read, accepted, started_at)
                values ($1, 2568, '24', $2, 1000, 38000, 38, current_date, 'somsak', 'province-officer', $3,
                        'RUNNING', 3, 1, 1, now())""", job, UUID.randomUUID().toString(), UUID.randomUUID());
        execute("""
                insert into bmn_import_rows (job_id, row_number, national_id, first_name, last_name, house_number,
                                             village_code, members, income_per_person, failed_indicators)
                values ($1, 3, $2, 'สมศรี', 'ใจดี', $3, '24010101', '4', '20000', ''),
                       ($1, 4, $4, 'สมชาย', 'ใจดี', $5, '24010101', '4', '90000', '')""",
                job, nationalId, SurveyFile.houseNumber(), NationalIds.random(), SurveyFile.houseNumber());

        worker.wake();
        JsonPath done = awaitDone(IMPORTS + "/" + job, PROVINCE_OFFICER);

        assertThat(done.getString("status.code")).isEqualTo("DONE");
        assertThat(done.getMap("rows")).containsExactlyInAnyOrderEntriesOf(Map.of("total", 3, "read", 3, "accepted", 2,
                "resurveyed", 0, "notCandidates", 1, "duplicates", 0, "rejected", 0));
        assertThat(householdOf(nationalId)).isNotNull();
    }

    @Test
    void theOpenApiDocumentDescribesTheImport() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/bmn-imports'.post.summary", equalTo("Import a BMN survey file (จปฐ.) for a survey year"))
                .body("paths.'/api/v1/bmn-imports'.post.requestBody.content.'text/csv'.schema.format", equalTo("binary"))
                .body("paths.'/api/v1/bmn-imports/{jobId}/rejections'.get.responses.'200'.content",
                        hasKey("text/csv"));
    }

    private void nominateAtForum(String nationalId) {
        given().contentType(ContentType.JSON).header("Authorization", PROVINCE_OFFICER)
                .body("""
                        {"forumDate": "2026-11-20", "villageCode": "24010101", "reason": "รายได้ต่ำกว่าเกณฑ์",
                         "head": {"nationalId": "%s", "firstName": "สมศรี", "lastName": "ใจดี"}}""".formatted(nationalId))
                .post("/api/v1/households/forum-nominations").then().statusCode(201);
    }

    private String householdOf(String nationalId) {
        var rows = pool.preparedQuery("select household_id from household_people where national_id = $1")
                .execute(Tuple.of(nationalId)).await().indefinitely();
        assertThat(rows.size()).as("households of a head").isEqualTo(1);
        return rows.iterator().next().getString(0);
    }

    private List<String> personOf(String nationalId) {
        var row = pool.preparedQuery("select first_name, last_name, address from household_people where national_id = $1")
                .execute(Tuple.of(nationalId)).await().indefinitely().iterator().next();
        return List.of(row.getString(0), row.getString(1), row.getString(2));
    }

    private static String jobId(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    long count(String sql) {
        return pool.query(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private void execute(String sql, Object... parameters) {
        pool.preparedQuery(sql).execute(Tuple.from(parameters)).await().indefinitely();
    }
}
