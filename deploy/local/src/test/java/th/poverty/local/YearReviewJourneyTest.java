package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A village's yearly review in the console, in a real headless Chromium against the demo system:
 * the district records the forum's decisions for the village's demo households, is refused
 * without the attendance, then approves the review; each page checked with axe-core.
 */
@ExtendWith(DemoSystem.class)
class YearReviewJourneyTest {

    /** Three demo households live there; no other journey works in it. */
    private static final String VILLAGE = "24011505";

    private static URI console;

    @BeforeAll
    static void theDemoSystem() {
        console = DemoSystem.running().system().consoleUrl();
    }

    @Test
    void aDistrictRecordsAVillagesYearlyReviewAndApprovesIt() {
        try (var browser = new ConsoleBrowser(console, "year-review", ConsoleBrowser.DESKTOP)) {
            browser.signInAs("demo-district");
            browser.click("a[href^='/year-reviews']");
            browser.waitUntil(() -> browser.path().equals("/year-reviews"));
            browser.type("#village", VILLAGE);
            browser.submit("#open button[type=submit]");
            assertThat(browser.all("fieldset.household")).as("the village's households in the programme").isNotEmpty();
            browser.assertAccessible();
            browser.screenshot("worksheet");

            browser.submit("#review button[type=submit]");
            assertThat(browser.find("#refused").getText()).as("the forum's attendance is asked for").isNotBlank();
            browser.assertAccessible();
            browser.type("#attendance", "37");
            browser.submit("#review button[type=submit]");
            browser.waitUntil(() -> browser.path().startsWith("/year-reviews/year-review:" + VILLAGE));
            assertThat(browser.find("#status").getText()).contains("รออำเภออนุมัติ");
            browser.assertAccessible();
            browser.screenshot("held");

            browser.submit("#approval button[type=submit]");
            browser.waitUntil(() -> browser.find("#status").getText().contains("อนุมัติแล้ว"));
            assertThat(browser.all("#approval")).as("nothing left to approve").isEmpty();
            browser.assertAccessible();
            browser.screenshot("approved");
        }
    }
}
