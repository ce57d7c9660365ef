package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import th.poverty.domain.Thailand;

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
        console = running.system().consoleUrl();
        assertThat(console).as("the console runs with the local system").isNotNull();
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
            browser.assertNothingFromOutside();
            browser.assertAccessible();
            browser.screenshot("province");

            browser.find("table.children a[href^='/areas/2401']").click();
            browser.waitUntil(() -> browser.path().equals("/areas/2401"));
            assertThat(browser.heading()).contains("เมืองฉะเชิงเทรา");
            browser.assertAccessible();
            browser.screenshot("district");

            browser.find("table.children a[href^='/areas/240104']").click();
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

            round.getFirst().click();
            browser.waitUntil(() -> browser.path().startsWith("/households/"));
            String household = browser.path().substring("/households/".length());
            int visitsBefore = browser.all("#visits + ul li").size();
            browser.assertAccessible();
            browser.screenshot("household");

            String today = Thailand.today(java.time.Clock.systemUTC()).toString();
            browser.setDate("#visitedOn", today);
            browser.type("#visitedBy", "ผู้ดูแลครัวเรือน");
            browser.type("#visit-notes", "เยี่ยมตามนัด");
            browser.find("form[action$='/visits'] button[type=submit]").click();
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());
            assertThat(browser.all("#visits + ul li")).as("the visit in the Family Folder").hasSize(visitsBefore + 1);
            browser.screenshot("visit-saved");

            // the 4 ท without its way out: the service's message stands beside the field
            browser.setDate("#assessedOn", today);
            browser.find("input[name=willingToChange][value=true]").click();
            browser.type("#workingMembers", "2");
            browser.type("#landRai", "1.5");
            browser.find("input[name=ownsLand][value=false]").click();
            browser.find("form[action$='/assessment'] button[type=submit]").click();
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
            browser.find("form[action$='/assessment'] button[type=submit]").click();
            browser.find("#stale");
            assertThat(browser.all("#visits + ul li")).as("the page shows the other visit").hasSize(visitsBefore + 2);
            assertThat(browser.find("#direction").getAttribute("value")).isEqualTo("ปลูกผักสวนครัวขาย");
            browser.screenshot("fourT-stale");
            browser.find("form[action$='/assessment'] button[type=submit]").click();
            browser.waitUntil(() -> !browser.all("p.saved").isEmpty());
            assertThat(browser.find("#folder-h ~ dl.facts").getText()).contains("ปลูกผักสวนครัวขาย");
            browser.screenshot("fourT-saved");
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

            browser.find("#status option[value=CANDIDATE]").click();
            browser.find(".filters button").click();
            browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("status=CANDIDATE"));
            List<WebElement> rows = browser.all("table.list tbody tr");
            assertThat(rows).as("the survey candidate the demo's forum left").isNotEmpty();
            rows.forEach(row -> assertThat(row.getText()).contains("รอตรวจสอบ"));

            rows.getFirst().findElement(org.openqa.selenium.By.cssSelector("a")).click();
            browser.waitUntil(() -> browser.path().startsWith("/households/"));
            String household = browser.path().substring("/households/".length());
            assertThat(browser.all("#head-h + dl")).as("no head without a purpose").isEmpty();
            browser.type("#purpose", "ตรวจสอบสิทธิสวัสดิการ");
            browser.find("#head-h ~ form button").click();
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
            browser.find("a[href^='/language?to=en']").click();
            browser.waitUntil(() -> "en".equals(browser.find("html").getAttribute("lang")));
            assertThat(browser.find("#funnel").getText()).isEqualTo("The five steps");
            assertThat(browser.path()).as("back on the same page").isEqualTo("/areas/TH");
            browser.assertAccessible();
            browser.screenshot("country-en");
        }
    }

    @Test
    void withoutSigningInAPageSendsTheBrowserToSignInAndBack() {
        try (var browser = new ConsoleBrowser(console, "sign-in", ConsoleBrowser.DESKTOP)) {
            browser.open("/areas/2401");
            assertThat(browser.path()).isEqualTo("/sign-in");
            browser.assertAccessible();
            browser.screenshot("sign-in");
            browser.find("#as-demo-district").click();
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
