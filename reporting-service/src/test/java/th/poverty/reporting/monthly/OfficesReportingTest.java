package th.poverty.reporting.monthly;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Thailand;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.Tokens;

/**
 * A province's report lists its districts and the country's its provinces, each with its state
 * and figures. February 2568 (21 January to 20 February 2025), long past its deadline: no other
 * test reports it, so every office that has not submitted it is late.
 */
@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class OfficesReportingTest {

    private static final String REPORT = "/api/v1/areas/{code}/monthly-reports/{year}/{month}";
    private static final int YEAR = 2568;
    private static final int FEBRUARY = 2;
    /** บ้านโพธิ์ submits (late); พนมสารคาม does not: no other test writes in either district. */
    private static final String SUBMITTING = "2405";
    private static final String SILENT = "2406";
    private static final String MINISTRY = Tokens.bearer("ministry", "ministry", "");
    private static final String GOVERNOR = Tokens.bearer("governor", "province-officer", "24");
    /** The province that submits in the national consolidation: Chachoengsao's report stays unsubmitted. */
    private static final String KORAT = Tokens.bearer("korat-governor", "province-officer", "30");

    @Inject
    Pool pool;

    @Test
    void aLateDistrictShowsInItsProvincesReportBesideOneThatSubmitted() throws Exception {
        UUID first = identify("24050101", 10);
        UUID second = identify("24060101", 11);
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(first) && logged(second));
        given().header("Authorization", Tokens.bearer("ban-pho", "district-officer", SUBMITTING))
                .contentType("application/json").body("{\"reason\": \"ส่งรายงานเดือนกุมภาพันธ์\"}")
                .post(REPORT + "/closure", SUBMITTING, YEAR, FEBRUARY).then().statusCode(200);

        JsonPath province = report(GOVERNOR, "24");
        assertThat(province.getString("state")).as("the province has not submitted either").isEqualTo("LATE");
        assertThat(province.getList("offices.area.code")).as("every district, in the reference data's order")
                .containsExactly("2401", "2402", "2403", "2404", "2405", "2406", "2407", "2408", "2409", "2410", "2411");
        Map<String, Object> submitted = office(province, SUBMITTING);
        assertThat(submitted).containsEntry("state", "SUBMITTED_LATE").containsEntry("coveredThrough", "2025-02-20");
        assertThat(submitted.get("closedAt")).isNotNull();
        assertThat(identifiedIn(submitted)).isEqualTo(1);
        Map<String, Object> late = office(province, SILENT);
        assertThat(late).containsEntry("state", "LATE").containsEntry("closedAt", null);
        assertThat(identifiedIn(late)).as("its live figures at the cut-off").isEqualTo(1);

        String csv = given().header("Authorization", GOVERNOR).get(REPORT + "/report.csv", "24", YEAR, FEBRUARY)
                .then().statusCode(200).extract().asString();
        List<CSVRecord> records;
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1)))) {
            records = parser.getRecords();
        }
        assertThat(records).extracting(r -> String.join(",", r.values()))
                .contains("สถานะการส่งรายงานของอำเภอ (11 แห่ง)", "2406,พนมสารคาม,ค้างส่ง (เกินกำหนด),,20 กุมภาพันธ์ 2568,1,0,0,0,0,0,0")
                .anySatisfy(line -> assertThat(line).startsWith("2405,บ้านโพธิ์,ส่งแล้ว (ล่าช้า),"));
    }

    @Test
    void theMinistrySeesEveryProvinceAndItsStateInTheNationalConsolidation() throws Exception {
        JsonPath before = report(MINISTRY, "TH");
        assertThat(before.getString("state")).as("the country does not report itself").isNull();
        assertThat(before.getList("offices")).as("all 77 provinces").hasSize(77);
        assertThat(before.getList("offices.state")).as("none submitted by the 20th").containsOnly("LATE");

        given().header("Authorization", KORAT).contentType("application/json").body("{}")
                .post(REPORT + "/closure", "30", YEAR, FEBRUARY).then().statusCode(200);
        JsonPath after = report(MINISTRY, "TH");
        assertThat(office(after, "30")).containsEntry("state", "SUBMITTED_LATE");
        assertThat(office(after, "24")).containsEntry("state", "LATE");
        assertThat(after.getList("offices.findAll { it.state == 'LATE' }")).hasSize(76);
        given().header("Authorization", Tokens.bearer("analyst", "analyst", "")).get(REPORT, "TH", YEAR, FEBRUARY)
                .then().statusCode(200);
        given().header("Authorization", GOVERNOR).get(REPORT, "TH", YEAR, FEBRUARY).then().statusCode(404);

        byte[] xlsx = given().header("Authorization", MINISTRY).get(REPORT + "/report.xlsx", "TH", YEAR, FEBRUARY)
                .then().statusCode(200).extract().asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> provinces = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> {
                var code = row.getCell(0);
                if (code != null && code.getStringCellValue().matches("[0-9]{2}")) {
                    provinces.add(row);
                }
            });
            assertThat(provinces).hasSize(77);
            Row korat = provinces.stream().filter(r -> r.getCell(0).getStringCellValue().equals("30")).findFirst()
                    .orElseThrow();
            assertThat(korat.getCell(1).getStringCellValue()).isEqualTo("นครราชสีมา");
            assertThat(korat.getCell(2).getStringCellValue()).isEqualTo("ส่งแล้ว (ล่าช้า)");
            assertThat(korat.getCell(5).getCellType()).as("its identified households, a number").isEqualTo(CellType.NUMERIC);
        }
    }

    private static JsonPath report(String token, String code) {
        return given().header("Authorization", token).get(REPORT, code, YEAR, FEBRUARY)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> office(JsonPath report, String code) {
        return report.getMap("offices.find { it.area.code == '%s' }".formatted(code));
    }

    @SuppressWarnings("unchecked")
    private static long identifiedIn(Map<String, Object> office) {
        var figures = (Map<String, Object>) office.get("figures");
        return ((Number) ((Map<String, Object>) figures.get("identified")).get("total")).longValue();
    }

    private UUID identify(String village, int day) {
        String id = newId();
        Instant at = LocalDate.of(2025, FEBRUARY, day).atTime(9, 0).atZone(Thailand.ZONE).toInstant();
        return household(id, 1, "HouseholdIdentified", identified(id, village, null), at);
    }

    private boolean logged(UUID eventId) {
        return pool.preparedQuery("select count(*) from event_log where event_id = $1").execute(Tuple.of(eventId))
                .await().indefinitely().iterator().next().getLong(0) > 0;
    }
}
