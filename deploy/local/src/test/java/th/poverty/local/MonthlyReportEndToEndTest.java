package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import th.poverty.domain.Thailand;

/**
 * The five steps end to end through the packaged services: a household nominated, visited,
 * assessed and classified in household-service, given a carer in team-service and a signed
 * life compass with progress and incomes in plan-service, is counted by reporting-service in its
 * district's monthly report; the district officer submits (closes) the report, later events leave
 * it as it was submitted, and its workbook carries the same figures under Thai headers.
 *
 * <p>The services stamp events with the real clock. The month today counts for is always open and
 * due later (its cut-off, the 20th, is today or to come), and its report may be submitted now,
 * early: it then counts today's household, and what happens after the submission goes to the
 * next month's report. The next month's report cannot be submitted yet.
 */
@ExtendWith(SharedLocalSystem.class)
class MonthlyReportEndToEndTest {

    /** หมู่ 1 ต.บางคล้า อ.บางคล้า: no other test writes in district 2402. */
    private static final String VILLAGE = "24020101";
    private static final String DISTRICT = "2402";
    private static final String PROVINCE = "24";
    private static final String USER = "monthly-report-e2e";
    /** The agency the compass's agency activity names, by its registry code. */
    private static final String AGENCY = "SAO.BANGKHLA";
    private static final int CUT_OFF_DAY = 20;
    private static final int BUDDHIST_ERA = 543;
    private static final String REPORT = "/api/v1/areas/{code}/monthly-reports/{year}/{month}";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DISTRICT_CHIEF = "bang-khla-district-chief";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    /** A figure of the report: where the JSON holds it and the line of the workbook that shows it. */
    private record Line(String path, String label) {
    }

    /** What one household taken to a signed plan, a carer and two measured incomes adds to. */
    private static final List<Line> ONE_HOUSEHOLD = List.of(
            new Line("identified.total", "ครัวเรือนเป้าหมายที่ชี้เป้า (ครัวเรือน)"),
            new Line("identified.communityForum", "  จากเวทีประชาคม"),
            new Line("identified.verified", "  ตรวจสอบแล้วเป็นเป้าหมาย"),
            new Line("visited", "เยี่ยมบ้านแล้ว"),
            new Line("assessed", "วิเคราะห์ 4 ท แล้ว"),
            new Line("classified.total", "จัดกลุ่มแล้ว"),
            new Line("classified.selfDeveloping", "  กลุ่ม ข พัฒนาตนเองได้"),
            new Line("withPlan", "มีเข็มทิศชีวิต"),
            new Line("mouSigned", "ลงนาม MOU แล้ว"),
            new Line("withCarer", "มีผู้ดูแล"),
            new Line("carers.carers", "ผู้ดูแล (คน)"),
            new Line("carers.householdsCared", "ครัวเรือนที่ผู้ดูแลรับผิดชอบ"),
            new Line("income.households", "ครัวเรือนที่ติดตามรายได้"));
    private static final List<Line> IDENTIFICATION = ONE_HOUSEHOLD.subList(0, 3);

    private static SharedLocalSystem.Running running;
    private static LocalDate today;

    @BeforeAll
    static void allFourServicesRun() {
        running = SharedLocalSystem.running();
        assertThat(running.system().services()).as("services running").containsExactlyInAnyOrder(Service.values());
        today = LocalDate.now(Thailand.ZONE);
    }

    @Test
    void aHouseholdCarriedThroughTheFiveStepsIsReportedAndTheReportSubmittedEarlyStaysAsItWasSubmitted() throws Exception {
        YearMonth current = reportingMonth(today); // open, due by its 20th
        YearMonth next = current.plusMonths(1);
        Map<String, Long> village = figures(progress(VILLAGE), "");
        Map<String, Long> currentBefore = figures(report(current), "figures.");
        Map<String, Long> nextBefore = figures(report(next), "figures.");

        var fieldWork = new FieldWork(running::as, USER, PROVINCE);
        String householdId = fieldWork.identifyVisitAssessAndClassify(VILLAGE, today);
        fieldWork.giveACarer(householdId, VILLAGE, EVENTUALLY);
        planAndFollowUp(householdId);

        Map<String, Long> counted = plus(currentBefore, ONE_HOUSEHOLD, 1);
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(figures(progress(VILLAGE), "")).as("village progress").isEqualTo(plus(village, ONE_HOUSEHOLD, 1));
            assertThat(figures(report(current), "figures.")).as("open report").isEqualTo(counted);
            assertThat(figures(report(next), "figures.")).as("next month's, so far").isEqualTo(plus(nextBefore, ONE_HOUSEHOLD, 1));
        });

        // the next month has not begun: its report cannot go yet
        close(next).statusCode(409).body("type", equalTo("/problems/month-not-begun"));
        JsonPath closed = close(current).statusCode(200).extract().jsonPath();
        assertThat(closed.getString("state")).as("submitted by the 20th").isEqualTo("SUBMITTED");
        assertThat(closed.getString("coveredThrough")).as("up to the day it was submitted").isEqualTo(today.toString());
        assertThat(closed.getString("closure.closedBy")).isEqualTo(DISTRICT_CHIEF);
        assertThat(closed.getString("closure.role")).isEqualTo("district-officer");
        assertThat(figures(closed, "figures.")).as("submitted with today's household").isEqualTo(counted);
        close(current).statusCode(409).body("type", equalTo("/problems/report-closed"));

        // a household nominated after the submission changes the next report, never the submitted one
        fieldWork.nominate(VILLAGE, today);
        Map<String, Long> nextExpected = plus(plus(nextBefore, ONE_HOUSEHOLD, 1), IDENTIFICATION, 1);
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(figures(report(next), "figures.")).as("next month's report").isEqualTo(nextExpected));
        JsonPath closedLater = report(current);
        assertThat(closedLater.getString("state")).isEqualTo("SUBMITTED");
        assertThat(closedLater.getMap("figures")).isEqualTo(closed.getMap("figures"));
        assertThat(closedLater.getLong("laterCorrections.identified.total")).isEqualTo(1);
        JsonPath nextLater = report(next);
        assertThat(nextLater.getString("state")).isEqualTo("OPEN");
        assertThat(nextLater.getLong("correctionsToPreviousReport.identified.total")).isEqualTo(1);
        assertThat(nextLater.getLong("changeSincePreviousReport.identified.total"))
                .isEqualTo(nextLater.getLong("figures.identified.total") - closed.getLong("figures.identified.total"));

        Map<String, List<String>> closedBook = workbook(current);
        assertThat(closedBook.get("title")).anySatisfy(line -> assertThat(line).startsWith("สถานะ: ส่งแล้ว – ปิดรายงานแล้ว โดย "
                + DISTRICT_CHIEF + " เมื่อ " + closed.getString("closure.closedAtTh")));
        assertThat(closedBook.get("title").getFirst()).endsWith("ประจำเดือน " + closed.getString("monthTh"));
        assertThat(valuesAtCutOff(closedBook)).isEqualTo(figures(closed, "figures."));
        Map<String, List<String>> nextBook = workbook(next);
        assertThat(nextBook.get("title")).anySatisfy(line -> assertThat(line).startsWith("สถานะ: รอส่ง กำหนดส่งภายใน "));
        assertThat(valuesAtCutOff(nextBook)).isEqualTo(nextExpected);
    }

    /** The month a day counts for: up to the 20th, its own; after it, the next. */
    private static YearMonth reportingMonth(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return day.getDayOfMonth() <= CUT_OFF_DAY ? month : month.plusMonths(1);
    }

    // steps 2 to 4 (เข็มทิศชีวิต, บริหารจัดการชีวิต) in plan-service

    private static void planAndFollowUp(String householdId) {
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(Service.PLAN, "field-team", PROVINCE).get("/api/v1/households/{id}/plan-eligibility", householdId)
                        .then().statusCode(200).body("status", equalTo("CLASSIFIED")).body("eligible", equalTo(true)));
        registerAgency();
        String planId = new FieldWork(running::as, USER, PROVINCE).draftPlan(householdId, today, """
                {"part": "AGENCY", "kind": "OCCUPATION_SUPPORT", "description": "ส่งเสริมการทอผ้า",
                 "agency": "%s", "help": "กี่ทอผ้าและเส้นด้าย", "budgetThb": 1500}""".formatted(AGENCY));
        plan(planId, "agreement", 1, """
                {"signedOn": "%s", "place": "ศาลาประชาคมหมู่ 1", "householdSignatory": "HEAD", "householdSigned": true,
                 "teamSignatories": [{"name": "นางสาวมาลี ดีงาม", "position": "พัฒนากร"}], "reason": "ลงนาม MOU"}"""
                .formatted(today));
        plan(planId, "activities/A1/progress", 2,
                "{\"status\": \"IN_PROGRESS\", \"progressOn\": \"" + today + "\", \"note\": \"จดครบทุกวัน\"}");
        // a first measurement is the baseline, a later one shows the uplift
        YearMonth thisMonth = YearMonth.from(today);
        plan(planId, "incomes", 3, income(thisMonth.minusMonths(2), 4000));
        plan(planId, "incomes", 4, income(thisMonth.minusMonths(1), 7000));
    }

    private static String income(YearMonth month, int craftThb) {
        return """
                {"month": "%s", "householdMembers": 3, "reason": "สรุปจากบัญชีครัวเรือน",
                 "sources": [{"source": "CRAFT", "monthlyAmountThb": %d}, {"source": "AGRICULTURE", "monthlyAmountThb": 1500}]}"""
                .formatted(month, craftThb);
    }

    private static void plan(String planId, String command, long version, String body) {
        as(Service.PLAN, "field-team", PROVINCE).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(body).post("/api/v1/plans/{id}/" + command, planId).then().statusCode(200);
    }

    // step 5 (ติดตามและประเมินผล) in reporting-service

    private static JsonPath progress(String area) {
        return as(Service.REPORTING, "district-officer", DISTRICT).get("/api/v1/areas/{code}/progress", area)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath report(YearMonth month) {
        return as(Service.REPORTING, "district-officer", DISTRICT)
                .get(REPORT, DISTRICT, month.getYear() + BUDDHIST_ERA, month.getMonthValue())
                .then().statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse close(YearMonth month) {
        return as(Service.REPORTING, "district-officer", DISTRICT).contentType(ContentType.JSON)
                .body("{\"reason\": \"ส่งรายงานประจำเดือนต่อ ศจพ.จ.\"}")
                .post(REPORT + "/closure", DISTRICT, month.getYear() + BUDDHIST_ERA, month.getMonthValue()).then();
    }

    /** The figures this test moves, by path; missing ones read as zero would hide a renamed field, so they fail. */
    private static Map<String, Long> figures(JsonPath json, String prefix) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (Line line : ONE_HOUSEHOLD) {
            Object value = json.get(prefix + line.path());
            assertThat(value).as(prefix + line.path()).isInstanceOf(Number.class);
            figures.put(line.path(), ((Number) value).longValue());
        }
        return figures;
    }

    private static Map<String, Long> plus(Map<String, Long> figures, List<Line> which, long households) {
        Map<String, Long> sum = new LinkedHashMap<>(figures);
        for (Line line : which) {
            sum.merge(line.path(), households, Long::sum);
        }
        return sum;
    }

    /**
     * The month's workbook, downloaded and read as a spreadsheet program would: "title" holds the
     * lines above the header, and every figure's line its cells by Thai label. Asserts the download
     * and the Thai header on the way.
     */
    private static Map<String, List<String>> workbook(YearMonth month) throws Exception {
        byte[] xlsx = as(Service.REPORTING, "district-officer", DISTRICT)
                .get(REPORT + "/report.xlsx", DISTRICT, month.getYear() + BUDDHIST_ERA, month.getMonthValue())
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        Map<String, List<String>> book = new HashMap<>();
        List<String> title = new ArrayList<>();
        List<String> header = null;
        DataFormatter shown = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> texts = new ArrayList<>();
                row.forEach(cell -> texts.add(shown.formatCellValue(cell)));
                if (header == null && texts.size() == 4) {
                    header = texts;
                } else if (header == null) {
                    title.addAll(texts);
                } else {
                    book.put(texts.getFirst(), texts);
                }
            }
        }
        assertThat(header).containsExactly("รายการ", "ค่า ณ วันสิ้นสุดข้อมูล", "เปลี่ยนแปลงจากรายงานเดือนก่อน",
                "ปรับปรุงรายงานเดือนก่อน (ข้อมูลของเดือนก่อนที่ไม่อยู่ในรายงานที่ส่ง)");
        book.put("title", title);
        return book;
    }

    /** Column B, "ค่า ณ วันสิ้นสุดข้อมูล", of this test's figures, by JSON path. */
    private static Map<String, Long> valuesAtCutOff(Map<String, List<String>> book) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (Line line : ONE_HOUSEHOLD) {
            assertThat(book).as("workbook line " + line.label()).containsKey(line.label());
            values.put(line.path(), Long.parseLong(book.get(line.label()).get(1)));
        }
        return values;
    }

    /** The district officer who closes the report is named, to find the name in the closure. */
    /** The agency in plan-service's registry, once: a second registration finds it there (412). */
    private static void registerAgency() {
        as(Service.PLAN, "province-officer", PROVINCE).contentType("application/json").body("""
                        {"nameTh": "อบต.บางคล้า", "nameEn": "Bang Khla SAO", "level": "PROVINCE", "areaCode": "24",
                         "dimensions": ["INCOME"], "helpKinds": ["MEANS_OF_PRODUCTION"], "welfareNeeds": [],
                         "reason": "ทะเบียนหน่วยงาน"}""")
                .put("/api/v1/agencies/" + AGENCY).then().statusCode(anyOf(equalTo(200), equalTo(412)));
    }

    private static RequestSpecification as(Service service, String role, String area) {
        String subject = "district-officer".equals(role) ? DISTRICT_CHIEF : USER;
        return running.as(service, subject, role, area);
    }
}
