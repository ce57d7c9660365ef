package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import th.poverty.domain.Thailand;
import th.poverty.testing.NationalIds;

/**
 * The console's journeys in a real headless Chromium, against the real services with the
 * Chachoengsao demo loaded: each page is checked with axe-core and saved as a screenshot.
 */
@ExtendWith(DemoSystem.class)
class ConsoleJourneysTest {

    private static SharedLocalSystem.Running running;
    private static URI console;

    @BeforeAll
    static void theDemoSystem() {
        running = DemoSystem.running();
        console = DemoSystem.console();
    }

    @Test
    void aProvinceOfficerDrillsDownFromTheProvinceToAVillage() {
        try (var browser = new ConsoleBrowser(console, "province-dashboard", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-province");
            assertThat(browser.path()).isEqualTo("/areas/24");
            assertThat(browser.heading()).contains("ฉะเชิงเทรา");
            assertThat(number(browser.find("table.funnel tbody tr td.num"))).as("households identified").isPositive();
            assertThat(browser.all("svg circle")).as("the province's districts on the map").hasSizeGreaterThan(5);
            browser.waitUntil(() -> Boolean.TRUE.equals(browser.driver().executeScript(
                    "return !!window.Chart && !!Chart.getChart(document.getElementById('trend-chart'))")));
            assertThat(browser.driver().executeScript("""
                    const chart = Chart.getChart(document.getElementById('trend-chart'));
                    return chart.data.datasets.map(d => d.yAxisID).join(',') + '|' + chart.data.labels.length;"""))
                    .as("identified, with a plan, with a carer, left poverty, and the income uplift on its own axis, by month")
                    .isEqualTo("households,households,households,households,baht|12");
            assertThat(browser.all("table.problems")).as("problems by dimension and by agency").hasSize(2);
            assertThat(browser.all("table.indicators tbody tr")).as("the BMN indicators failed most").isNotEmpty()
                    .hasSizeLessThanOrEqualTo(10);
            browser.assertNothingFromOutside();
            browser.assertAccessible();
            browser.screenshot("province");

            browser.click("table.children a[href^='/areas/2401']");
            browser.waitUntil(() -> browser.path().equals("/areas/2401"));
            assertThat(browser.heading()).contains("เมืองฉะเชิงเทรา");
            browser.assertAccessible();
            browser.screenshot("district");

            browser.click("table.children a[href^='/areas/240104']");
            browser.waitUntil(() -> browser.path().equals("/areas/240104"));
            List<WebElement> villages = browser.all("table.children tbody th");
            assertThat(villages).as("the tambon's villages with households").isNotEmpty();
            assertThat(browser.all("table.children tbody th a")).as("a village is the last level").isEmpty();
            browser.assertAccessible();
            browser.screenshot("tambon");

            browser.open("/areas/24?figure=WITH_CARER");
            assertThat(browser.find("#figure option[selected]").getAttribute("value")).isEqualTo("WITH_CARER");
        }
    }

    @Test
    void aCarerOnAPhoneRecordsAVisitAndThe4TAndIsShownWhatChangedMeanwhile() {
        try (var browser = new ConsoleBrowser(console, "carer-phone", ConsoleBrowser.PHONE)) {
            browser.signInAs("demo-carer");
            assertThat(browser.path()).isEqualTo("/care");
            List<WebElement> round = browser.all(".cards .card a");
            assertThat(round).as("the carer's households").isNotEmpty();
            assertThat(horizontalScroll(browser)).as("no sideways scrolling at 360 px").isFalse();
            browser.assertAccessible();
            browser.screenshot("my-households");

            browser.click(".cards .card a");
            browser.waitUntil(() -> browser.path().startsWith("/households/"));
            String household = browser.path().substring("/households/".length());
            int visitsBefore = browser.all("#visits + ul li").size();
            assertThat(browser.all("table.household-problems tbody tr")).as("its problems, beside its steps").isNotEmpty();
            browser.assertAccessible();
            browser.screenshot("household");

            String today = Thailand.today(java.time.Clock.systemUTC()).toString();
            browser.setDate("#visitedOn", today);
            browser.type("#visitedBy", "ผู้ดูแลครัวเรือน");
            browser.type("#visit-notes", "เยี่ยมตามนัด");
            browser.submit("form[action$='/visits'] button[type=submit]");
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());
            assertThat(browser.all("#visits + ul li")).as("the visit in the Family Folder").hasSize(visitsBefore + 1);
            browser.screenshot("visit-saved");

            // the 4 ท without its way out: the service's message stands beside the field
            browser.setDate("#assessedOn", today);
            browser.click("input[name=willingToChange][value=true]");
            browser.type("#workingMembers", "2");
            browser.type("#landRai", "1.5");
            browser.click("input[name=ownsLand][value=false]");
            // the form goes through the phone's queue: refused, it stays on screen with the messages
            browser.click("form[action$='/assessment'] button[type=submit]");
            WebElement error = browser.find("#direction-error");
            assertThat(error.getText()).as("the way out's message").isNotBlank();
            assertThat(browser.find("#direction").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#workingMembers").getAttribute("value")).as("what was typed is kept").isEqualTo("2");
            browser.assertAccessible();
            browser.screenshot("fourT-refused");

            // someone else records a visit meanwhile: the carer's form is stale
            long current = running.as(Service.HOUSEHOLD, "other-officer", "district-officer", "2401")
                    .get("/api/v1/households/{id}", household).then().statusCode(200).extract().jsonPath().getLong("version");
            running.as(Service.HOUSEHOLD, "other-officer", "district-officer", "2401")
                    .contentType("application/json").header("If-Match", "\"" + current + "\"")
                    .body(Map.of("visitedOn", today, "visitedBy", List.of("ปลัดอำเภอ")))
                    .post("/api/v1/households/{id}/visits", household).then().statusCode(200);
            browser.type("#direction", "ปลูกผักสวนครัวขาย");
            browser.submit("form[action$='/assessment'] button[type=submit]");
            // the sync page shows what the carer recorded beside what is recorded now; they merge
            browser.waitUntil(() -> browser.path().equals("/sync") && !browser.all("li.queued.conflict").isEmpty());
            assertThat(browser.find("li.queued.conflict table.conflict").getText()).contains("ปลูกผักสวนครัวขาย");
            browser.screenshot("fourT-conflict");
            browser.submit("li.queued.conflict a.merge");
            browser.waitUntil(() -> browser.path().equals("/households/" + household)
                    && !browser.all("#fourT-form .queue-notice").isEmpty());
            assertThat(browser.all("#visits + ul li")).as("the page shows the other visit").hasSize(visitsBefore + 2);
            assertThat(browser.find("#direction").getAttribute("value")).isEqualTo("ปลูกผักสวนครัวขาย");
            assertThat(browser.find("#workingMembers").getAttribute("value")).isEqualTo("2");
            browser.screenshot("fourT-merge");
            browser.submit("form[action$='/assessment'] button[type=submit]");
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());
            assertThat(browser.find("#folder-h ~ dl.facts").getText()).contains("ปลูกผักสวนครัวขาย");
            browser.screenshot("fourT-saved");

            // the Family Folder's causes by the five dimensions, the acknowledgement, the group
            browser.type("#cause-HEALTH", "ปวดหลังเรื้อรัง");
            browser.type("#cause-INCOME", "รายได้ไม่พอรายจ่าย\nมีหนี้นอกระบบ");
            browser.submit("form[action$='/poverty-causes'] button[type=submit]");
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());
            assertThat(browser.find("#folder-h").findElement(org.openqa.selenium.By.xpath("..")).getText())
                    .contains("ปวดหลังเรื้อรัง").contains("มีหนี้นอกระบบ");
            browser.setDate("#acknowledgedOn", today);
            browser.submit("form[action$='/acknowledgement'] button[type=submit]");
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());

            boolean welfare = browser.find("dl.facts").getText().contains("กลุ่ม ก");
            browser.click("input[name=group][value=" + (welfare ? "SELF_DEVELOPING" : "WELFARE") + "]");
            browser.submit("form[action$='/classification'] button[type=submit]");
            assertThat(browser.find("#classify-reason-error").getText()).as("a group needs its reason").isNotBlank();
            browser.type("#classify-reason", welfare ? "มีแรงงานและที่ดินทำกิน" : "ผู้สูงอายุอยู่ลำพัง ไม่มีรายได้");
            browser.submit("form[action$='/classification'] button[type=submit]");
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());
            assertThat(browser.find("dl.facts").getText()).contains(welfare ? "กลุ่ม ข" : "กลุ่ม ก");
            browser.assertAccessible();
        }
    }

    @Test
    void aCompassIsDraftedWithTheGuidelinesListsSignedFollowedRevisedAndItsVersionsCompared() {
        String household = aClassifiedHouseholdWithoutACompass();
        try (var browser = new ConsoleBrowser(console, "compass", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            browser.open("/compass/" + household);
            assertThat(browser.path()).as("no compass yet: the editor").isEqualTo("/compass/" + household);
            browser.assertAccessible();

            // two of the three พ: plan-service's rule comes back beside the goals
            browser.select("#goals-0-sufficiency", "SUFFICIENT_LIVELIHOOD");
            browser.type("#goals-0-description", "ปลูกผักกินเองทุกวัน");
            browser.select("#goals-1-sufficiency", "SUFFICIENT_HAPPINESS");
            browser.type("#goals-1-description", "ไม่มีหนี้นอกระบบ");
            browser.select("#activities-0-part", "HOUSEHOLD");
            browser.select("#activities-0-kind", "GROW_FOOD");
            browser.type("#activities-0-description", "แปลงผักหลังบ้าน");
            browser.select("#activities-1-part", "AGENCY");
            browser.select("#activities-1-kind", "SKILLS_TRAINING");
            browser.type("#activities-1-description", "เรียนทำขนมไทยขาย");
            browser.type("#activities-1-agency", "NFE.24");
            browser.type("#activities-1-help", "อบรมทำขนม");
            browser.submit("form.compass button[type=submit]");
            assertThat(browser.find("#goals-error").getText()).as("the three พ rule").isNotBlank();
            assertThat(browser.find("#activities-1-agency").getAttribute("value")).as("what was typed is kept")
                    .isEqualTo("NFE.24");
            browser.screenshot("compass-editor");

            browser.select("#goals-2-sufficiency", "WARM_FAMILY");
            browser.type("#goals-2-description", "กินข้าวพร้อมหน้ากันทุกเย็น");
            browser.submit("form.compass button[type=submit]");
            browser.waitUntil(() -> browser.path().startsWith("/plans/"));
            String plan = browser.path().substring("/plans/".length());
            assertThat(browser.heading()).contains("ร่างเข็มทิศชีวิต");
            browser.assertAccessible();

            browser.type("#signatoryName", "นายสมชาย ตั้งใจ");
            browser.type("#signatoryPosition", "ผู้ดูแลครัวเรือน");
            browser.submit("#mou button[type=submit]");
            assertThat(browser.find("#place-error").getText()).as("where the MOU was signed").isNotBlank();
            browser.type("#place", "ศาลาประชาคมหมู่บ้าน");
            browser.submit("#mou button[type=submit]");
            browser.waitUntil(() -> browser.heading().contains("ลงนาม MOU แล้ว"));

            browser.submit("#activities-h ~ ul .card form button[type=submit]");
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());
            assertThat(browser.find("#activities-h ~ ul .card").getText()).contains("ยังไม่เริ่ม");

            browser.type("#householdMembers", "4");
            browser.type("#amountThb", "6000");
            browser.submit("#income button[type=submit]");
            browser.waitUntil(() -> browser.find("#income-h + p").getText().contains("6,000"));
            browser.screenshot("compass");

            browser.open("/plans/" + plan + "/revision");
            browser.type("#activities-0-description", "แปลงผักหลังบ้านและเลี้ยงไก่ไข่");
            browser.type("#reason", "ครัวเรือนขอเพิ่มการเลี้ยงไก่");
            browser.submit("form.compass button[type=submit]");
            browser.waitUntil(() -> browser.heading().contains("2"));
            browser.submit("#versions-h ~ form button");
            browser.waitUntil(() -> browser.path().endsWith("/changes"));
            assertThat(browser.find("table.changes").getText()).contains("แปลงผักหลังบ้านและเลี้ยงไก่ไข่");
            browser.assertAccessible();
            browser.screenshot("compass-changes");
        }
    }

    /** A household the demo classified and gave no compass, its causes recorded and acknowledged. */
    private static String aClassifiedHouseholdWithoutACompass() {
        var officer = running.as(Service.HOUSEHOLD, "demo-setup", "district-officer", "2401");
        List<String> classified = officer.get("/api/v1/households?area=2401&status=CLASSIFIED&limit=500").then()
                .statusCode(200).extract().jsonPath().getList("items.householdId", String.class);
        for (String household : classified) {
            var plans = running.as(Service.PLAN, "demo-setup", "district-officer", "2401")
                    .get("/api/v1/households/{id}/plans", household).then().statusCode(200).extract().jsonPath();
            if (!plans.getList("$").isEmpty()) {
                continue;
            }
            var eligibility = running.as(Service.PLAN, "demo-setup", "district-officer", "2401")
                    .get("/api/v1/households/{id}/plan-eligibility", household).then().statusCode(200).extract().jsonPath();
            if (eligibility.getBoolean("eligible")) {
                return household;
            }
        }
        throw new AssertionError("the demo left no classified household of 2401 ready for a compass");
    }

    @Test
    void aDistrictOfficerUploadsASurveyFileAndWatchesItImportedWithItsRejectionsToDownload() throws Exception {
        StringBuilder csv = new StringBuilder("national_id,first_name,last_name,house_number,village_code,members,"
                + "income_per_person,failed_indicators,phone,address\n");
        for (int i = 0; i < 3; i++) {
            csv.append(NationalIds.withCheckDigit("3249%08d".formatted(7101 + i))).append(",ทดสอบ,นำเข้า").append(i)
                    .append(",2401%07d,24010406,4,25000,8;23,,\n".formatted(7101 + i));
        }
        csv.append(NationalIds.withCheckDigit("324900007201")).append(",มีกิน,พอใช้,24010007201,24010406,3,150000,,,\n");
        csv.append("1234,ผิด,เลข,24010007301,24010406,3,20000,8,,\n");
        Path file = Files.createTempFile("bmn-", ".csv");
        Files.writeString(file, csv);

        try (var browser = new ConsoleBrowser(console, "district-import", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            browser.open("/imports");
            browser.assertAccessible();
            browser.submit("form[action='/imports'] button[type=submit]");
            assertThat(browser.find("#file-error").getText()).as("no file chosen").isNotBlank();

            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.type("#surveyYear", "2569");
            browser.submit("form[action='/imports'] button[type=submit]");
            assertThat(browser.path()).startsWith("/imports/");
            browser.screenshot("import-in-progress");
            // the page's script follows the job; the importer may still be busy with another district's file
            browser.waitUntil(java.time.Duration.ofSeconds(90), () -> browser.find("#job-status").getText().equals("นำเข้าเสร็จแล้ว"));
            assertThat(browser.find("#rows-total").getText()).isEqualTo("5");
            assertThat(browser.find("#rows-accepted").getText()).isEqualTo("3");
            assertThat(browser.find("#rows-notCandidates").getText()).isEqualTo("1");
            assertThat(browser.find("#rows-rejected").getText()).isEqualTo("1");
            assertThat(browser.find("#job-bar").getAttribute("value")).isEqualTo("100");
            browser.assertAccessible();
            browser.screenshot("import-done");

            String rejections = (String) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.getElementById('rejections').href).then(r => r.text()).then(done);""");
            assertThat(rejections.lines()).as("the header and the one rejected row").hasSize(2);
            assertThat(rejections.lines().skip(1).findFirst().orElseThrow()).startsWith("6,REJECTED,national_id");
        }
    }

    @Test
    void aProvinceMapsAnotherSystemsExportAndItsDistrictImportsItAsItIsAndATpmapList() throws Exception {
        String mapping = "amphoe-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        try (var browser = new ConsoleBrowser(console, "column-mapping", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-province");
            browser.open("/imports/mappings");
            browser.assertAccessible();
            browser.click("a[href^='/imports/mappings/new?kind=BMN_SURVEY']");
            browser.waitUntil(() -> browser.path().equals("/imports/mappings/new"));
            browser.type("#name", mapping);
            browser.type("#description", "ส่งออกจากระบบของอำเภอ");
            browser.type("#column-first_name", "ชื่อ");
            browser.submit("#mapping button[type=submit]");
            assertThat(browser.find("#refused").getText()).as("the required fields left empty")
                    .contains("fields.national_id");
            assertThat(browser.find("#column-first_name").getAttribute("value")).as("what was typed is kept").isEqualTo("ชื่อ");
            browser.assertAccessible();
            browser.screenshot("mapping-refused");
            browser.type("#column-national_id", "เลขบัตรประชาชน");
            browser.type("#column-last_name", "นามสกุล");
            browser.type("#column-house_number", "รหัสบ้าน");
            browser.click("input[name='source.village_code'][value=parts]");
            browser.type("#tambon-village_code", "รหัสตำบล");
            browser.type("#number-village_code", "หมู่ที่");
            browser.type("#column-members", "จำนวนสมาชิก");
            browser.type("#column-income_per_person", "รายได้ต่อคนต่อปี");
            browser.click("input[name='source.failed_indicators'][value=value]");
            browser.submit("#mapping button[type=submit]");
            assertThat(browser.path()).isEqualTo("/imports/mappings");
            assertThat(browser.find("a[href^='/imports/mappings/" + mapping + "']").getText()).isEqualTo(mapping);
            browser.screenshot("mappings");
        }
        String surveyed = NationalIds.random();
        Path export = Files.createTempFile("export-", ".csv");
        Files.writeString(export, "ลำดับ,เลขบัตรประชาชน,ชื่อ,นามสกุล,รหัสบ้าน,รหัสตำบล,หมู่ที่,จำนวนสมาชิก,รายได้ต่อคนต่อปี\n"
                + "1," + surveyed + ",ส่งออก,จากระบบ,24010007601,240104,6,4,25000\n");
        String listed = NationalIds.random();
        Path list = Files.createTempFile("tpmap-", ".csv");
        Files.writeString(list, "national_id,first_name,last_name,house_number,village_code,health,living_conditions,"
                + "education,income,access_to_services\n"
                + surveyed + ",,,,24010406,0,0,1,0,0\n"
                + listed + ",รายชื่อ,ทีพีแมป,,24010406,0,0,0,1,1\n");
        try (var browser = new ConsoleBrowser(console, "district-export", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            browser.open("/imports");
            browser.type("#surveyYear", "2569");
            browser.select("#mapping", mapping);
            browser.assertAccessible();
            browser.screenshot("import-by-mapping");
            browser.find("#file").sendKeys(export.toAbsolutePath().toString());
            browser.submit("form[action='/imports'] button[type=submit]");
            browser.waitUntil(java.time.Duration.ofSeconds(90), () -> browser.find("#job-status").getText().equals("นำเข้าเสร็จแล้ว"));
            assertThat(browser.find("#rows-accepted").getText()).isEqualTo("1");
            assertThat(browser.find("main").getText()).as("the mapping the job read its file by").contains(mapping);

            browser.open("/imports/tpmap");
            browser.assertAccessible();
            browser.type("#listYear", "2569");
            browser.find("#file").sendKeys(list.toAbsolutePath().toString());
            browser.submit("form[action='/imports/tpmap'] button[type=submit]");
            assertThat(browser.path()).startsWith("/imports/tpmap/");
            browser.waitUntil(java.time.Duration.ofSeconds(90), () -> browser.find("#job-status").getText().equals("นำเข้าเสร็จแล้ว"));
            assertThat(browser.find("#rows-flagged").getText()).as("the household the export brought").isEqualTo("1");
            assertThat(browser.find("#rows-candidates").getText()).as("the person not in the programme").isEqualTo("1");
            browser.assertAccessible();
            browser.screenshot("tpmap-done");
        }
    }

    @Test
    void theDistrictSubmitsTheMonthDueLateTheProvinceSeesItsLateDistrictsAndTheMinistryEveryProvince() {
        LocalDate today = Thailand.today(java.time.Clock.systemUTC());
        YearMonth due = today.getDayOfMonth() > 20 ? YearMonth.from(today) : YearMonth.from(today).minusMonths(1);
        String month = "/%d/%d".formatted(due.getYear() + 543, due.getMonthValue());
        try (var browser = new ConsoleBrowser(console, "monthly-report", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            browser.open("/reports/2401" + month);
            assertThat(browser.find("#report-state").getText()).as("not submitted by the 20th").contains("ค้างส่ง");
            String workbook = (String) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.querySelector("a[href$='report.xlsx']").href)
                      .then(r => r.arrayBuffer()).then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2))));""");
            assertThat(workbook).as("an XLSX is a zip").isEqualTo("PK");
            browser.assertAccessible();
            browser.type("#close-reason", "ตรวจทานตัวเลขกับ ศจพ.อ. แล้ว");
            browser.submit("#closure button[type=submit]");
            assertThat(browser.find("#report-state").getText()).isEqualTo("✓ ส่งแล้ว (ล่าช้า)");
            assertThat(browser.find("main").getText()).contains("ปิดรายงานแล้ว").contains("demo-district");
            assertThat(browser.all("#closure")).as("a submitted report is not submitted again").isEmpty();
            browser.screenshot("district-report");
        }
        try (var browser = new ConsoleBrowser(console, "monthly-report-province", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-province");
            browser.open("/reports/24");
            String mueang = browser.find("table[aria-labelledby=children-reports] tbody tr:first-child").getText();
            assertThat(mueang).contains("เมืองฉะเชิงเทรา").contains("ส่งแล้ว (ล่าช้า)");
            assertThat(browser.all("table[aria-labelledby=children-reports] tr.late")).as("the other districts, late")
                    .hasSizeGreaterThan(5);
            browser.assertAccessible();
            browser.screenshot("province-reports");

            browser.open("/reports/24" + month);
            List<WebElement> late = browser.all("table[aria-labelledby=offices-reports] tr.late");
            assertThat(late).as("the province's report lists its late districts").hasSizeGreaterThan(5);
            assertThat(late.getFirst().getText()).contains("ค้างส่ง (เกินกำหนด)");
            assertThat(browser.find("table[aria-labelledby=offices-reports] tbody tr:first-child").getText())
                    .contains("เมืองฉะเชิงเทรา").contains("ส่งแล้ว (ล่าช้า)");
            browser.assertAccessible();
            browser.screenshot("province-report-districts");
        }
        try (var browser = new ConsoleBrowser(console, "monthly-report-ministry", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-ministry");
            browser.open("/reports/TH" + month);
            assertThat(browser.all("table[aria-labelledby=offices-reports] tbody tr")).as("every province").hasSize(77);
            assertThat(browser.find("table[aria-labelledby=offices-reports]").getText()).contains("ฉะเชิงเทรา");
            assertThat(browser.all("#closure")).as("the ministry reads; it does not submit").isEmpty();
            browser.assertAccessible();
            browser.screenshot("national-consolidation");
        }
    }

    @Test
    void aForumConfirmsOneCandidateDismissesAnotherAndNamesAHouseholdInOneRecord() {
        String village = "24010407";
        List<String> candidates = importCandidates(village, 7401, 2);
        try (var browser = new ConsoleBrowser(console, "forum", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            browser.open("/forums?village=" + village);
            assertThat(browser.all("fieldset.candidate")).hasSize(2);
            browser.assertAccessible();
            browser.type("#attendance", "52");
            browser.click("input[name='decision-" + candidates.get(0) + "'][value=confirm]");
            browser.click("input[name='decision-" + candidates.get(1) + "'][value=dismiss]");
            browser.select("#dismissal-" + candidates.get(1), "NOT_FOUND");
            browser.type("#nominee-nationalId", "1234");
            browser.type("#nominee-firstName", "บุญมี");
            browser.type("#nominee-lastName", "ทดสอบเวที");
            browser.type("#nominee-reason", "ที่ประชุมเห็นว่าครัวเรือนนี้ยากจน");
            browser.submit("#forum button[type=submit]");
            assertThat(browser.find("#refused").getText()).as("one refusal refuses the whole record")
                    .containsAnyOf("dismissed[0].reason", "nominated[0]");
            assertThat(browser.find("#attendance").getAttribute("value")).isEqualTo("52");
            browser.screenshot("forum-refused");
            browser.type("#reason-" + candidates.get(1), "ไม่พบตัวในหมู่บ้านสามครั้ง");
            browser.submit("#forum button[type=submit]");
            assertThat(browser.find("#refused").getText()).as("the nominee's national ID").contains("nominated[0]");
            assertThat(browser.find("#nominee-firstName").getAttribute("value")).isEqualTo("บุญมี");
            browser.type("#nominee-nationalId", NationalIds.withCheckDigit("324900007501"));
            browser.submit("#forum button[type=submit]");
            assertThat(browser.path()).isEqualTo("/households");
            assertThat(browser.find("p.saved").getText()).isNotBlank();
        }
        running.as(Service.HOUSEHOLD, "forum-check", "district-officer", "2401")
                .get("/api/v1/households/{id}", candidates.get(0)).then().statusCode(200)
                .body("status.code", org.hamcrest.Matchers.equalTo("IDENTIFIED"));
        running.as(Service.HOUSEHOLD, "forum-check", "district-officer", "2401")
                .get("/api/v1/households/{id}", candidates.get(1)).then().statusCode(200)
                .body("status.code", org.hamcrest.Matchers.equalTo("DISMISSED"));
        assertThat(running.as(Service.HOUSEHOLD, "forum-check", "district-officer", "2401")
                .get("/api/v1/households?area={village}&status=IDENTIFIED", village).then().statusCode(200).extract()
                .jsonPath().getList("items.source", String.class)).as("the household the forum named")
                .contains("COMMUNITY_FORUM");
    }

    /** Survey candidates of a village, imported over household-service's API as a district would. */
    private static List<String> importCandidates(String village, int firstNumber, int count) {
        StringBuilder csv = new StringBuilder("national_id,first_name,last_name,house_number,village_code,members,"
                + "income_per_person,failed_indicators,phone,address\n");
        for (int i = 0; i < count; i++) {
            csv.append(NationalIds.withCheckDigit("3249%08d".formatted(firstNumber + i))).append(",ทดสอบ,เวที").append(i)
                    .append(",2401%07d,%s,4,25000,8,,\n".formatted(firstNumber + i, village));
        }
        var officer = running.as(Service.HOUSEHOLD, "forum-setup", "district-officer", "2401");
        String job = officer.contentType("text/csv; charset=UTF-8").body(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/bmn-imports?surveyYear=2569").then().statusCode(202).extract().path("jobId");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "DONE".equals(
                running.as(Service.HOUSEHOLD, "forum-setup", "district-officer", "2401")
                        .get("/api/v1/bmn-imports/{job}", job).then().extract().path("status.code")));
        return running.as(Service.HOUSEHOLD, "forum-setup", "district-officer", "2401")
                .get("/api/v1/households?area={village}&status=CANDIDATE", village).then().statusCode(200).extract()
                .jsonPath().getList("items.householdId", String.class);
    }

    @Test
    void aDistrictProposesCarersForItsWaitingHouseholdsAndConfirmsThemAsABatchLeavingOneOut() {
        // two households of the district come to need a carer: classified into group ก
        List<String> candidates = new ArrayList<>();
        for (String query : List.of("status=ASSESSED", "status=CLASSIFIED&group=SELF_DEVELOPING")) {
            candidates.addAll(running.as(Service.HOUSEHOLD, "care-setup", "district-officer", "2401")
                    .get("/api/v1/households?area=2401&limit=500&" + query).then().statusCode(200)
                    .extract().jsonPath().getList("items.householdId", String.class));
        }
        List<String> waiting = new ArrayList<>();
        for (String household : candidates) {
            if (waiting.size() == 2) {
                break;
            }
            var care = running.as(Service.TEAM, "care-setup", "district-officer", "2401")
                    .get("/api/v1/care/households/{id}", household).then().extract();
            if (care.statusCode() != 200 || care.path("carer") != null) {
                continue;
            }
            long version = running.as(Service.HOUSEHOLD, "care-setup", "district-officer", "2401")
                    .get("/api/v1/households/{id}", household).then().extract().jsonPath().getLong("version");
            running.as(Service.HOUSEHOLD, "care-setup", "district-officer", "2401").contentType("application/json")
                    .header("If-Match", "\"" + version + "\"").body(Map.of("group", "WELFARE", "reason", "ผู้สูงอายุอยู่ลำพัง"))
                    .post("/api/v1/households/{id}/classification", household).then().statusCode(200);
            waiting.add(household);
        }
        assertThat(waiting).as("households of the district the demo left without a carer").hasSize(2);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                running.as(Service.TEAM, "care-setup", "district-officer", "2401").get("/api/v1/care/awaiting-carer?area=2401")
                        .then().extract().jsonPath().getList("items.householdId", String.class).containsAll(waiting));

        try (var browser = new ConsoleBrowser(console, "assignments", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            browser.open("/care/assignments?area=2401");
            assertThat(browser.find("#waiting-h + ul").getText()).contains(waiting.get(0).substring(0, 8));
            browser.assertAccessible();

            // any official may care: one registered outside a team, refused first without a role
            browser.type("#carer-name", "นางสาวพิมพ์ใจ รักษ์ถิ่น");
            browser.type("#carer-area", "24010405");
            browser.type("#carer-reason", "เจ้าหน้าที่ รพ.สต. ในหมู่บ้าน");
            browser.submit("#register button[type=submit]");
            assertThat(browser.find("#register-h ~ .problem").getText()).as("a carer needs a role").isNotBlank();
            assertThat(browser.find("#carer-name").getAttribute("value")).isEqualTo("นางสาวพิมพ์ใจ รักษ์ถิ่น");
            browser.select("#carer-role", "PUBLIC_HEALTH_OFFICER");
            browser.submit("#register button[type=submit]");
            assertThat(browser.find("p.saved").getText()).isNotBlank();
            assertThat(browser.find("#caseload-h + table").getText()).contains("นางสาวพิมพ์ใจ รักษ์ถิ่น");
            browser.submit("#waiting-h ~ form button");
            assertThat(browser.path()).startsWith("/care/assignments/proposals/");
            for (String household : waiting) {
                assertThat(browser.find("#include-" + household).isSelected()).isTrue();
            }
            browser.click("#include-" + waiting.get(1));
            browser.assertAccessible();
            browser.screenshot("proposal");
            browser.submit("#confirmation button[type=submit]");
            assertThat(browser.find("#confirm-reason-error").getText()).as("a confirmation needs its reason").isNotBlank();
            assertThat(browser.find("#include-" + waiting.get(1)).isSelected()).as("the tick taken off stays off").isFalse();
            browser.type("#confirm-reason", "มอบหมายผู้ดูแลในหมู่บ้านเดียวกัน");
            browser.submit("#confirmation button[type=submit]");
            assertThat(browser.find("p.saved").getText()).isNotBlank();
        }
        assertThat(running.as(Service.TEAM, "care-check", "district-officer", "2401")
                .get("/api/v1/care/households/{id}", waiting.get(0)).then().statusCode(200).extract().path("carer.carerId")
                .toString()).as("assigned").isNotBlank();
        assertThat(running.as(Service.TEAM, "care-check", "district-officer", "2401")
                .get("/api/v1/care/awaiting-carer?area=2401").then().extract().jsonPath().getList("items.householdId", String.class))
                .as("the one left out still waits").contains(waiting.get(1)).doesNotContain(waiting.get(0));

        // its carer visits and sets the next visit two days ahead: due this week, by carer, not yet overdue
        String carer = running.as(Service.TEAM, "care-check", "district-officer", "2401")
                .get("/api/v1/care/households/{id}", waiting.get(0)).then().extract().path("carer.carerId");
        LocalDate today = Thailand.today(java.time.Clock.systemUTC());
        running.as(Service.TEAM, "care-check", "district-officer", "2401").contentType("application/json")
                .body(Map.of("visitedOn", today.toString(), "seen", "ครัวเรือนเริ่มปลูกผัก",
                        "nextVisitDue", today.plusDays(2).toString()))
                .post("/api/v1/carers/{carer}/households/{household}/visits", carer, waiting.get(0)).then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        try (var browser = new ConsoleBrowser(console, "visits-due", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            browser.open("/care/assignments/due?area=2401");
            browser.select("#due-carer", carer);
            browser.submit(".filters button");
            assertThat(browser.driver().getCurrentUrl()).contains("carer=" + carer);
            assertThat(browser.find("table.list tbody").getText()).as("due within the week")
                    .contains(waiting.get(0).substring(0, 8));
            assertThat(browser.all("table.list tbody tr.late")).as("not overdue yet").isEmpty();
            browser.assertAccessible();
            browser.screenshot("due");
            browser.click("input[name=overdue]");
            browser.submit(".filters button");
            assertThat(browser.driver().getCurrentUrl()).contains("overdue=true");
            assertThat(browser.all("table.list tbody tr")).as("overdue only: none").isEmpty();
        }
    }

    @Test
    void aDistrictOfficerListsHouseholdsByStatusAndReadsAHeadOnlyWithAPurpose() {
        try (var browser = new ConsoleBrowser(console, "district-households", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            assertThat(browser.path()).isEqualTo("/households");
            assertThat(browser.all("table.list tbody tr")).isNotEmpty();
            browser.assertAccessible();
            browser.screenshot("households");

            browser.select("#status", "CANDIDATE");
            browser.submit(".filters button");
            browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("status=CANDIDATE"));
            List<WebElement> rows = browser.all("table.list tbody tr");
            assertThat(rows).as("the survey candidate the demo's forum left").isNotEmpty();
            rows.forEach(row -> assertThat(row.getText()).contains("รอตรวจสอบ"));

            browser.click("table.list tbody tr a");
            browser.waitUntil(() -> browser.path().startsWith("/households/"));
            String household = browser.path().substring("/households/".length());
            assertThat(browser.all("#head-h + dl")).as("no head without a purpose").isEmpty();
            browser.type("#purpose", "ตรวจสอบสิทธิสวัสดิการ");
            browser.submit("#head-h ~ form button");
            browser.waitUntil(() -> !browser.all("#head-h + dl").isEmpty());
            browser.assertAccessible();
            browser.screenshot("household-head");

            var reads = running.as(Service.HOUSEHOLD, "auditor", "district-officer", "2401")
                    .get("/api/v1/households/{id}/personal-data-reads", household).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(reads.getList("purpose", String.class)).as("the read is logged with its purpose")
                    .contains("ตรวจสอบสิทธิสวัสดิการ");
            assertThat(reads.getList("actor", String.class)).contains("demo-district");
        }
    }

    @Test
    void theConsoleSpeaksThaiFirstWithASwitchToEnglish() {
        try (var browser = new ConsoleBrowser(console, "language", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-ministry");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("th");
            assertThat(browser.find("#funnel").getText()).isEqualTo("ห้าขั้นตอน");
            browser.click("a[href^='/language?to=en']");
            browser.waitUntil(() -> "en".equals(browser.find("html").getAttribute("lang")));
            assertThat(browser.find("#funnel").getText()).isEqualTo("The five steps");
            assertThat(browser.path()).as("back on the same page").isEqualTo("/areas/TH");
            browser.assertAccessible();
            browser.screenshot("country-en");
        }
    }

    @Test
    void aPartnerAgencyAcceptsAWelfareReferralFromItsWorklistAndRecordsTheHelpItGave() {
        try (var browser = new ConsoleBrowser(console, "partner-agency", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-agency");
            assertThat(browser.path()).isEqualTo("/problems");
            assertThat(browser.all("table.list tbody tr")).as("the welfare office's referrals").isNotEmpty();
            browser.assertAccessible();
            browser.screenshot("worklist");

            browser.open("/problems?status=NEW");
            assertThat(browser.all("table.list tbody tr a")).as("a referral the demo left new").isNotEmpty();
            browser.click("table.list tbody tr a");
            browser.waitUntil(() -> browser.path().startsWith("/problems/"));
            assertThat(browser.find("#problem-status").getText()).isEqualTo("ปัญหาใหม่");
            browser.assertAccessible();
            browser.submit("form[action$='/acceptance'] button[type=submit]");
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());
            assertThat(browser.find("#problem-status").getText()).isEqualTo("รับเรื่องแล้ว");

            // help without its value: plan-service's message stands beside the field
            browser.select("#help-kind", "SERVICE");
            browser.submit("form[action$='/help'] button[type=submit]");
            browser.waitUntil(() -> !browser.all("#amountThb-error").isEmpty());
            browser.type("#amountThb", "1200");
            browser.type("#help-description", "จัดผู้ดูแลเยี่ยมบ้านผู้สูงอายุ");
            browser.submit("form[action$='/help'] button[type=submit]");
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());
            assertThat(browser.find("#problem-status").getText()).isEqualTo("ช่วยเหลือแล้ว");
            assertThat(browser.all("#given ~ table tbody tr")).as("the help, in the problem's record").hasSize(1);
            assertThat(browser.all("header a[href^='/households']")).as("no household list offered").isEmpty();
            browser.assertAccessible();
            browser.screenshot("problem-helped");

            // the compass activities addressed to the agency: the help delivered against one of them
            browser.open("/problems");
            assertThat(browser.all("#addressed ~ ul .card form")).as("the agreed compasses' activities for it").isNotEmpty();
            String form = "#addressed ~ ul .card form";
            browser.type(form + " input[name=amountThb]", "3000");
            browser.submit(form + " button[type=submit]");
            browser.waitUntil(() -> !browser.all("#addressed ~ p.saved").isEmpty());
            browser.assertAccessible();
            browser.screenshot("activity-helped");
        }
    }

    @Test
    void anAnalystReadsTheFiguresAndNoHousehold() {
        String household = running.as(Service.HOUSEHOLD, "analyst-setup", "district-officer", "2401")
                .get("/api/v1/households?area=2401&limit=1").then().statusCode(200).extract().path("items[0].householdId");
        try (var browser = new ConsoleBrowser(console, "analyst", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-analyst");
            assertThat(browser.path()).isEqualTo("/areas/TH");
            assertThat(browser.all("table.children tbody tr")).as("the provinces").hasSizeGreaterThan(70);
            assertThat(browser.all("header a[href^='/households']")).as("no household list offered").isEmpty();
            browser.open("/households/" + household);
            assertThat(browser.find("h1").getText()).as("household-service refuses an analyst").isEqualTo("เกิดข้อผิดพลาด");
            assertThat(browser.driver().getPageSource()).doesNotContain(household.substring(0, 8) + "</h1>");
            browser.assertAccessible();
        }
    }

    @Test
    void withoutSigningInAPageSendsTheBrowserToSignInAndBack() {
        try (var browser = new ConsoleBrowser(console, "sign-in", ConsoleBrowser.DESKTOP)) {
            browser.open("/areas/2401");
            assertThat(browser.path()).isEqualTo("/sign-in");
            browser.assertAccessible();
            browser.screenshot("sign-in");
            browser.click("#as-demo-district");
            browser.waitUntil(() -> browser.path().equals("/areas/2401"));
        }
    }

    private static long number(WebElement cell) {
        return Long.parseLong(cell.getText().replace(",", "").trim());
    }

    private static boolean horizontalScroll(ConsoleBrowser browser) {
        return Boolean.TRUE.equals(browser.driver().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }
}
