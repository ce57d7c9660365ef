package th.poverty.reporting.monthly;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static th.poverty.reporting.ProblemStream.agencyCode;
import static th.poverty.reporting.ServiceTopics.household;
import static th.poverty.reporting.ServiceTopics.identified;
import static th.poverty.reporting.ServiceTopics.newId;
import static th.poverty.reporting.ServiceTopics.plan;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import th.poverty.domain.Thailand;
import th.poverty.eventstore.EventCodec;
import th.poverty.eventstore.EventMetadata;
import th.poverty.eventstore.EventStore;
import th.poverty.eventstore.NewEvent;
import th.poverty.reporting.progress.Counts;
import th.poverty.reporting.progress.Figures;
import th.poverty.reporting.ProblemStream;
import th.poverty.testing.InfrastructureResource;
import th.poverty.testing.KafkaTopics;
import th.poverty.testing.Tokens;

@QuarkusTest
@QuarkusTestResource(value = InfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class MonthlyReportApiTest {

    /** เมืองฉะเชิงเทรา, March 2568 (cut-off 20 March 2025): no other test writes there then. */
    private static final String DISTRICT = "2401";
    private static final String VILLAGE = "24010105";
    private static final String REPORT = "/api/v1/areas/{code}/monthly-reports/{year}/{month}";
    private static final String OFFICER = Tokens.bearer("district-chief", "district-officer", DISTRICT);
    private static final String MINISTRY = Tokens.bearer("ministry", "ministry", "");

    @Inject
    Pool pool;

    @Inject
    EventStore eventStore;

    private static JsonPath report(int month) {
        return given().header("Authorization", MINISTRY).get(REPORT, DISTRICT, 2568, month)
                .then().statusCode(200).extract().jsonPath();
    }

    private boolean logged(UUID eventId) {
        return pool.preparedQuery("select count(*) from event_log where event_id = $1").execute(Tuple.of(eventId))
                .await().indefinitely().iterator().next().getLong(0) > 0;
    }

    private static java.time.Instant on(int month, int day) {
        return LocalDate.of(2025, month, day).atTime(9, 0).atZone(Thailand.ZONE).toInstant();
    }

    @Test
    void aClosedReportIsFrozenAndWhatArrivesLaterShowsInTheNextMonth() throws Exception {
        String first = newId();
        UUID identified = household(first, 1, "HouseholdIdentified", identified(first, VILLAGE, null), on(3, 10));
        // after March's cut-off: counts for April
        String april = newId();
        UUID afterCutOff = household(april, 1, "HouseholdIdentified", identified(april, VILLAGE, null), on(3, 21));
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(identified) && logged(afterCutOff));

        var open = report(3);
        assertThat(open.getString("state")).as("not submitted by the 20th").isEqualTo("LATE");
        assertThat(open.getString("cutOff")).isEqualTo("2025-03-20");
        assertThat(open.getString("cutOffTh")).isEqualTo("20 มีนาคม 2568");
        assertThat(open.getLong("figures.identified.total")).isEqualTo(1);

        var closed = given().header("Authorization", OFFICER).contentType("application/json")
                .body("{\"reason\": \"ส่งรายงานเดือนมีนาคม\"}").post(REPORT + "/closure", DISTRICT, 2568, 3)
                .then().statusCode(200).extract().jsonPath();
        assertThat(closed.getString("state")).isEqualTo("SUBMITTED_LATE");
        assertThat(closed.getString("coveredThrough")).isEqualTo("2025-03-20");
        assertThat(closed.getString("closure.keptUntil")).as("ten years on")
                .isEqualTo(Thailand.dateOf(Instant.parse(closed.getString("closure.closedAt")).plus(ClosedReport.RETENTION)).toString());
        assertThat(closed.getString("closure.closedBy")).isEqualTo("district-chief");
        assertThat(closed.getString("closure.role")).isEqualTo("district-officer");
        assertThat(closed.getString("closure.reason")).isEqualTo("ส่งรายงานเดือนมีนาคม");
        assertThat(report(3).getString("closure.reason")).isEqualTo("ส่งรายงานเดือนมีนาคม");
        given().header("Authorization", Tokens.bearer("analyst-1", "analyst", "24")).get(REPORT, DISTRICT, 2568, 3)
                .then().statusCode(200).body("closure.closedBy", equalTo("district-chief"))
                .body("closure.reason", nullValue());
        given().header("Authorization", OFFICER).contentType("application/json").body("{}")
                .post(REPORT + "/closure", DISTRICT, 2568, 3).then().statusCode(409)
                .body("type", equalTo("/problems/report-closed"));

        // an event of 15 March arrives after the report closed
        String late = newId();
        UUID lateEvent = household(late, 1, "HouseholdIdentified", identified(late, VILLAGE, null), on(3, 15));
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(lateEvent));

        var march = report(3);
        assertThat(march.getLong("figures.identified.total")).isEqualTo(1);
        assertThat(march.getLong("laterCorrections.identified.total")).isEqualTo(1);
        var aprilReport = report(4);
        assertThat(aprilReport.getLong("correctionsToPreviousReport.identified.total")).isEqualTo(1);
        assertThat(aprilReport.getLong("figures.identified.total")).isEqualTo(3);
        assertThat(aprilReport.getLong("changeSincePreviousReport.identified.total")).isEqualTo(2);

        var published = KafkaTopics.read("reporting.monthly-reports",
                record -> record.key().equals(MonthlyReport.streamId(DISTRICT, new ReportingMonth(2568, 3))), 1);
        assertThat(published).hasSize(1);
        assertThat(KafkaTopics.header(published.getFirst(), "ce_type")).isEqualTo("MonthlyReportClosed");
        assertThat(KafkaTopics.header(published.getFirst(), "ce_actor")).isEqualTo("district-chief");
        assertThat(KafkaTopics.header(published.getFirst(), "ce_schemaversion")).isEqualTo("2");
        assertThat(published.getFirst().value().replace(" ", "")).contains("\"coveredThrough\":\"2025-03-20\"",
                "\"deadline\":\"2025-03-20T17:00:00Z\"");
        assertThat(published.getFirst().value().replace(" ", "")).contains("\"identified\":{\"total\":1");

        String csv = given().header("Authorization", MINISTRY).get(REPORT + "/report.csv", DISTRICT, 2568, 3)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).contains("ค่า ณ วันสิ้นสุดข้อมูล", "มีนาคม 2568", "20 มีนาคม 2568", "ส่งแล้ว (ล่าช้า)",
                "ครัวเรือนเป้าหมายที่ชี้เป้า (ครัวเรือน),1,");

        byte[] xlsx = given().header("Authorization", MINISTRY).get(REPORT + "/report.xlsx", DISTRICT, 2568, 3)
                .then().statusCode(200).contentType(MonthlyReportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"monthly-report-2401-2568-03.xlsx\"")
                .extract().asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("รายงานประจำเดือน");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("ประจำเดือน มีนาคม 2568");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).contains("ปิดรายงานแล้ว โดย district-chief");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("ค่า ณ วันสิ้นสุดข้อมูล");
            assertThat(line(sheet, "ครัวเรือนเป้าหมายที่ชี้เป้า (ครัวเรือน)").getCell(1).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void aHostileAgencyNameReachesTheDownloadsAsPlainTextOnOneLine() throws Exception {
        // August 2568 (cut-off 20 August 2025): later than the other tests' months
        String householdId = newId();
        String planId = newId();
        // every control character but NUL, which no service accepts (PostgreSQL text cannot hold it)
        String agency = "=HYPERLINK(\"http://x\",\"y\") +1 -1 @SUM(A1)\tอบต.บางแก้ว\r\n\r\nกอง|ทุน\u2028หมู่ 5\u2029"
                + "\"คำพูด\", จุลภาค" + HostileTable.CONTROLS.substring(1) + "ท้าย";
        String shown = "=HYPERLINK(\"http://x\",\"y\") +1 -1 @SUM(A1) อบต.บางแก้ว กอง|ทุน หมู่ 5 \"คำพูด\", จุลภาค ท้าย";
        UUID identified = household(householdId, 1, "HouseholdIdentified", identified(householdId, VILLAGE, null), on(8, 5));
        UUID delivered = plan(planId, 1, "AssistanceDelivered", ("{\"planId\": \"%s\", \"householdId\": \"%s\", \"agency\": %s, "
                + "\"kind\": \"MONEY\", \"amountThb\": 1500.50, \"deliveredOn\": \"2025-08-06\"}")
                .formatted(planId, householdId, new ObjectMapper().writeValueAsString(agency)), on(8, 6));
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(identified) && logged(delivered));
        String label = "ความช่วยเหลือ " + shown + " – เงินช่วยเหลือ";

        String csv = given().header("Authorization", MINISTRY).get(REPORT + "/report.csv", DISTRICT, 2568, 8)
                .then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records;
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1)))) {
            records = parser.getRecords();
        }
        assertThat(records).filteredOn(r -> r.get(0).startsWith("ความช่วยเหลือ"))
                .extracting(CSVRecord::values)
                .containsExactly(new String[] {label + " (ครั้ง)", "1", "1", ""},
                        new String[] {label + " (ครัวเรือน)", "1", "1", ""},
                        new String[] {label + " (บาท)", "1500.50", "1500.50", ""});

        byte[] xlsx = given().header("Authorization", MINISTRY).get(REPORT + "/report.xlsx", DISTRICT, 2568, 8)
                .then().statusCode(200).extract().asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row amount = line(workbook.getSheet("รายงานประจำเดือน"), label + " (บาท)");
            assertThat(amount.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getCell(1).getNumericCellValue()).isEqualTo(1500.5);
        }
    }

    @Test
    void theReportCountsTheHouseholdsProblemsByDimensionWhereTheyStoodAtTheCutOff() throws Exception {
        // June 2568 (cut-off 20 June 2025): no other test counts problems in the district by then
        String householdId = newId();
        String agency = agencyCode("SSJ");
        UUID identified = household(householdId, 1, "HouseholdIdentified", identified(householdId, "24010107", null),
                on(6, 2));
        var illness = new ProblemStream(householdId, "HEALTH", on(6, 3));
        illness.identified();
        illness.routed(agency);
        illness.accepted();
        illness.statusChanged("SOLVED");
        var debt = new ProblemStream(householdId, "INCOME", on(6, 4));
        debt.identified();
        debt.routed(agency);
        debt.accepted();
        // after the cut-off: July's
        UUID helped = debt.from(on(6, 25)).helped().eventId();
        await().atMost(Duration.ofSeconds(60)).until(() -> logged(identified) && logged(helped));

        var june = report(6);
        assertThat(june.getLong("figures.problems.total.found")).isEqualTo(2);
        assertThat(june.getLong("figures.problems.total.inProgress")).isEqualTo(1);
        assertThat(june.getLong("figures.problems.total.solved")).isEqualTo(1);
        assertThat(june.getLong("changeSincePreviousReport.problems.total.found")).isEqualTo(2);
        assertThat(june.getLong("figures.problems.byAgency.find { it.agency == '%s' }.counts.found".formatted(agency)))
                .isEqualTo(2);
        assertThat(report(7).getLong("changeSincePreviousReport.problems.byDimension.find { it.dimension == 'INCOME' }"
                + ".counts.helped")).isEqualTo(1);

        String csv = given().header("Authorization", MINISTRY).get(REPORT + "/report.csv", DISTRICT, 2568, 6)
                .then().statusCode(200).extract().asString();
        List<CSVRecord> records;
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv.substring(1)))) {
            records = parser.getRecords();
        }
        assertThat(records).filteredOn(r -> r.get(0).strip().startsWith("ปัญหา")).extracting(r -> String.join(",", r.values()))
                .contains("ปัญหาของครัวเรือนที่พบ (ปัญหา),2,2,",
                        "  ปัญหาของครัวเรือน – อยู่ระหว่างดำเนินการ,1,1,",
                        "ปัญหาด้านสุขภาพที่พบ (ปัญหา),1,1,",
                        "  ปัญหาด้านสุขภาพ – แก้ไขได้,1,1,",
                        "  ปัญหาด้านรายได้ – อยู่ระหว่างดำเนินการ,1,1,",
                        "  ปัญหาด้านรายได้ – ช่วยเหลือแล้ว,0,0,",
                        "ปัญหาด้านการเข้าถึงบริการรัฐที่พบ (ปัญหา),0,0,")
                .hasSize(30);

        byte[] xlsx = given().header("Authorization", MINISTRY).get(REPORT + "/report.xlsx", DISTRICT, 2568, 7)
                .then().statusCode(200).extract().asByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row helpedInJuly = line(workbook.getSheet("รายงานประจำเดือน"), "  ปัญหาด้านรายได้ – ช่วยเหลือแล้ว");
            assertThat(helpedInJuly.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(helpedInJuly.getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(helpedInJuly.getCell(2).getNumericCellValue()).isEqualTo(1);
        }
    }

    @Test
    void onlyTheAreasOfficeClosesItsReportAndNotBeforeItsMonthBegins() {
        given().header("Authorization", Tokens.bearer("governor", "province-officer", "24")).contentType("application/json")
                .body("{}").post(REPORT + "/closure", DISTRICT, 2568, 5).then().statusCode(403);
        given().header("Authorization", Tokens.bearer("other", "district-officer", "2402")).contentType("application/json")
                .body("{}").post(REPORT + "/closure", DISTRICT, 2568, 5).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("clerk", "field-team", DISTRICT)).contentType("application/json")
                .body("{}").post(REPORT + "/closure", DISTRICT, 2568, 5).then().statusCode(403);
        given().header("Authorization", OFFICER).contentType("application/json").body("{}")
                .post(REPORT + "/closure", "240101", 2568, 5).then().statusCode(422)
                .body("type", equalTo("/problems/not-a-reporting-office"));
        // the month after the one today counts for begins after this month's cut-off
        var nextMonth = ReportingMonth.containing(LocalDate.now(Thailand.ZONE).plusMonths(1));
        given().header("Authorization", OFFICER).contentType("application/json").body("{}")
                .post(REPORT + "/closure", DISTRICT, nextMonth.year(), nextMonth.month()).then().statusCode(409)
                .body("type", equalTo("/problems/month-not-begun"));
        given().header("Authorization", MINISTRY).get(REPORT, DISTRICT, 2025, 3).then().statusCode(400).body("field", equalTo("year"));
        given().header("Authorization", MINISTRY).get(REPORT, DISTRICT, 2568, 13).then().statusCode(400).body("field", equalTo("month"));
    }

    @Test
    void aReportClosedBeforeReportsCouldGoEarlyStaysClosed() throws Exception {
        // January 2568, closed as version 1 recorded it: without coveredThrough and deadline
        var none = EventCodec.defaultMapper().writeValueAsString(Figures.of(Counts.NONE));
        String v1 = """
                {"areaCode": "2401", "level": "DISTRICT", "year": 2568, "month": 1, "cutOff": "2025-01-20", "figures": %s,
                 "changeSincePreviousReport": %s, "previousReportClosed": false}""".formatted(none, none);
        var metadata = new EventMetadata("district-chief", "district-officer", "", UUID.randomUUID(), null, on(1, 21), DISTRICT);
        pool.withTransaction(tx -> eventStore.append(tx, MonthlyReport.streamId(DISTRICT, new ReportingMonth(2568, 1)),
                MonthlyReports.STREAM_TYPE, 0, List.of(new NewEvent("MonthlyReportClosed", 1, v1, Map.of(), null)), metadata))
                .await().indefinitely();
        // and frozen as the previous version does, during a rolling update still
        pool.preparedQuery("""
                        insert into monthly_reports (area_code, year, month, level, closed_by, closed_role, closed_at, reason,
                                                     figures, change)
                        values ($1, 2568, 1, 'DISTRICT', 'district-chief', 'district-officer', $2, '', $3::text::jsonb, $3::text::jsonb)""")
                .execute(Tuple.of(DISTRICT, on(1, 21).atOffset(java.time.ZoneOffset.UTC), none)).await().indefinitely();

        given().header("Authorization", OFFICER).contentType("application/json").body("{}")
                .post(REPORT + "/closure", DISTRICT, 2568, 1).then().statusCode(409)
                .body("type", equalTo("/problems/report-closed"));
        var january = report(1);
        assertThat(january.getString("state")).isEqualTo("SUBMITTED_LATE");
        assertThat(january.getString("coveredThrough")).isEqualTo("2025-01-20");
        assertThat(january.getString("deadline")).isEqualTo("2025-01-20T17:00:00Z");
    }

    @Test
    void aFiscalYearListsItsTwelveMonthsFromOctober() {
        var months = given().header("Authorization", MINISTRY).queryParam("fiscalYear", 2568)
                .get("/api/v1/areas/{code}/monthly-reports", DISTRICT).then().statusCode(200).extract().jsonPath();
        assertThat(months.getList("month", Integer.class)).containsExactly(10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(months.getList("year", Integer.class).getFirst()).isEqualTo(2567);
        assertThat(months.getList("state", String.class)).as("all past their deadline").doesNotContain("OPEN", "SUBMITTED");
    }

    private static Row line(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no line " + label);
    }
}
