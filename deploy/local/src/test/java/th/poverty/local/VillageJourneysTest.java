package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import th.poverty.domain.Thailand;

/**
 * A district keeps its villages in the console, in a real headless Chromium against the demo system:
 * each page checked with axe-core and saved as a screenshot. The demo loads no village list (no
 * official names could be sourced), so the district adds the village it renames and retires; its
 * name says it is a test's.
 */
@ExtendWith(DemoSystem.class)
class VillageJourneysTest {

    /** หมู่ที่ 99 of tambon หน้าเมือง: no demo household or leader lives there. */
    private static final String VILLAGE = "24010199";

    private static SharedLocalSystem.Running running;
    private static URI console;

    @BeforeAll
    static void theDemoSystem() {
        running = DemoSystem.running();
        console = DemoSystem.console();
    }

    @Test
    void aDistrictListsItsVillagesWithHouseholdsAndLeadersAddsOneRenamesItAndRetiresIt() {
        try (var browser = new ConsoleBrowser(console, "villages", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            browser.click("a[href^='/villages']");
            browser.waitUntil(() -> browser.path().equals("/villages"));
            assertThat(browser.all("table.villages tbody tr")).as("the villages where the demo's households and leaders are")
                    .isNotEmpty();
            assertThat(browser.find("#no-list").getText()).as("the demo loads no village list").isNotBlank();
            browser.assertAccessible();
            browser.screenshot("district");

            // refused without a name, the form keeps what was typed; then added
            browser.select("#add-tambon", "240101");
            browser.type("#add-moo", "99");
            browser.type("#add-reason", "ทดสอบระบบ: หมู่บ้านที่ตั้งใหม่");
            browser.submit("#add button[type=submit]");
            assertThat(browser.find("#add-name-error").getText()).as("a village needs its Thai name").isNotBlank();
            assertThat(browser.find("#add-moo").getAttribute("value")).isEqualTo("99");
            browser.assertAccessible();
            browser.type("#add-name", "หมู่บ้านทดสอบระบบ");
            browser.submit("#add button[type=submit]");
            assertThat(browser.find("p.saved").getText()).isNotBlank();
            assertThat(browser.find("table.villages").getText()).contains("หมู่บ้านทดสอบระบบ").contains(VILLAGE);

            browser.click("a[href='/villages/" + VILLAGE + "']");
            browser.waitUntil(() -> browser.path().equals("/villages/" + VILLAGE));
            browser.assertAccessible();
            browser.screenshot("village");

            // someone else renames it meanwhile: the page says so and shows the name now
            running.as(Service.TEAM, "village-setup", "district-officer", "2401").contentType("application/json")
                    .header("If-Match", "\"1\"").body(Map.of("nameTh", "หมู่บ้านทดสอบระบบเหนือ", "reason", "ทดสอบ"))
                    .post("/api/v1/villages/{code}/renaming", VILLAGE).then().statusCode(200);
            browser.type("#rename-name", "หมู่บ้านทดสอบระบบใต้");
            browser.type("#rename-reason", "ประชาคมหมู่บ้านขอเปลี่ยนชื่อ");
            browser.submit("#rename button[type=submit]");
            assertThat(browser.find("#stale").getText()).isNotBlank();
            assertThat(browser.heading()).contains("หมู่บ้านทดสอบระบบเหนือ");
            browser.submit("#rename button[type=submit]");
            assertThat(browser.find("p.saved").getText()).isNotBlank();
            assertThat(browser.heading()).contains("หมู่บ้านทดสอบระบบใต้");

            browser.click("input[name=retirement][value=DISSOLVED]");
            browser.setDate("#retire-on", Thailand.today(java.time.Clock.systemUTC()).toString());
            browser.type("#retire-reason", "ทดสอบระบบ: ยุบหมู่บ้าน");
            browser.submit("#retire button[type=submit]");
            assertThat(browser.find("p.saved").getText()).isNotBlank();
            assertThat(browser.all("#rename")).as("a retired village is changed no more").isEmpty();
            browser.assertAccessible();
            browser.screenshot("retired");

            browser.open("/villages?area=2401");
            assertThat(browser.find("#retired-h + ul").getText()).contains(VILLAGE);
            assertThat(browser.find("table.villages").getText()).doesNotContain(VILLAGE);
        }
        assertThat(running.as(Service.TEAM, "village-check", "district-officer", "2401")
                .get("/api/v1/villages/{code}/history", VILLAGE).then().statusCode(200).extract().jsonPath()
                .getList("type", String.class))
                .containsExactly("VillageRegistered", "VillageRenamed", "VillageRenamed", "VillageRetired");
    }

    /**
     * Checked only: loading a list would give the shared demo's province a registry, and every
     * other journey counts villages as a province without one does (team-service's
     * VillageRegistryTest loads lists).
     */
    @Test
    void aProvinceChecksItsVillageListAndSeesEveryRefusedRow() throws Exception {
        // หมู่ที่ 98 of หน้าเมือง, which no other journey uses; a tambon that does not exist is refused
        Path list = Files.createTempFile("village-list", ".csv");
        Files.writeString(list, """
                village_code,name_th
                24010198,บ้านทดสอบรายชื่อ
                24999901,บ้านที่ไม่มีตำบล
                """);
        try (var browser = new ConsoleBrowser(console, "village-list", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-province");
            browser.click("a[href='/villages/list']");
            browser.waitUntil(() -> browser.path().equals("/villages/list"));
            browser.submit("#list button[type=submit]");
            assertThat(browser.find("#file-error").getText()).as("a file is asked for").isNotBlank();
            browser.assertAccessible();

            browser.find("#file").sendKeys(list.toAbsolutePath().toString());
            browser.click("#dryRun");
            browser.submit("#list button[type=submit]");
            assertThat(browser.find("#outcome h2").getText()).contains("ยังไม่ได้บันทึก");
            assertThat(browser.find("#registered").getText()).isEqualTo("1");
            assertThat(browser.find("table.refusals").getText()).contains("24999901");
            browser.assertAccessible();
            browser.screenshot("list-checked");
        } finally {
            Files.deleteIfExists(list);
        }
        running.as(Service.TEAM, "village-list-check", "district-officer", "2401")
                .get("/api/v1/villages/{code}", "24010198").then().statusCode(404);
    }
}
