package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.path.json.JsonPath;
import th.poverty.domain.Thailand;

/**
 * A carer in a village without signal: the console's pages come from the phone's own copy, what
 * they record waits in the phone's queue, and when the signal comes back it is sent, once, in
 * order; what someone else changed meanwhile is shown beside what the carer recorded. The
 * network is switched off and on through Chromium's DevTools, for the page and for its service
 * worker, which fetches for itself.
 */
@ExtendWith(DemoSystem.class)
class OfflineCaptureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger CDP_IDS = new AtomicInteger(1);
    private static final Map<String, String> WORKER_SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static SharedLocalSystem.Running running;
    private static URI console;

    @BeforeAll
    static void theDemoSystem() {
        running = DemoSystem.running();
        console = DemoSystem.console();
    }

    @Test
    void aCarerRecordsAVisitAndThe4TWithoutSignalAndSettlesTheConflictWhenItComesBack() {
        String today = Thailand.today(Clock.systemUTC()).toString();
        String notes = "เยี่ยมตอนไม่มีสัญญาณ " + UUID.randomUUID();
        try (var browser = new ConsoleBrowser(console, "offline-carer", ConsoleBrowser.PHONE)) {
            String household = aCarersHouseholdKeptOnThePhone(browser, 0);
            String area = householdJson(household).getString("area.village.code").substring(0, 4);
            int visitsBefore = householdJson(household).getInt("visits");

            offline(browser.driver(), true);
            // someone else records a 4 ท meanwhile: the page the carer reloads is the phone's copy, without it
            long current = householdJson(household).getLong("version");
            running.as(Service.HOUSEHOLD, "other-officer", "district-officer", area).contentType("application/json")
                    .header("If-Match", "\"" + current + "\"")
                    .body(Map.of("assessedOn", today, "attitude", Map.of("willingToChange", false),
                            "skills", Map.of("workingMembers", 1, "skills", List.of()),
                            "resources", Map.of("landRai", 0, "ownsLand", false, "meansOfProduction", List.of()),
                            "wayOut", Map.of("direction", "รับจ้างทั่วไปในหมู่บ้าน")))
                    .post("/api/v1/households/{id}/assessment", household).then().statusCode(200);
            browser.driver().navigate().refresh();
            browser.waitUntil(() -> browser.path().equals("/households/" + household) && !browser.all("#visit-form").isEmpty());
            assertThat(browser.driver().executeScript("return navigator.onLine")).as("the page is offline").isEqualTo(false);
            assertThat(browser.find("#folder-h").findElement(By.xpath("..")).getText())
                    .as("the page is the phone's copy, from before the other officer's 4 ท")
                    .doesNotContain("รับจ้างทั่วไปในหมู่บ้าน");
            browser.waitUntil(() -> "yes".equals(browser.find("html").getAttribute("data-queue-ready")));

            browser.setDate("#visitedOn", today);
            browser.type("#visitedBy", "ผู้ดูแลครัวเรือน");
            browser.type("#visit-notes", notes);
            browser.click("#visit-form button[type=submit]");
            browser.waitUntil(() -> !browser.all("#visit-form .queue-notice.saved").isEmpty());

            browser.setDate("#assessedOn", today);
            browser.click("input[name=willingToChange][value=true]");
            browser.type("#workingMembers", "3");
            browser.type("#landRai", "2.5");
            browser.click("input[name=ownsLand][value=true]");
            browser.type("#direction", "เลี้ยงไก่ไข่ขาย");
            browser.click("#fourT-form button[type=submit]");
            browser.waitUntil(() -> !browser.all("#fourT-form .queue-notice.saved").isEmpty());
            browser.waitUntil(() -> browser.find("#sync-status").getText().contains("รอส่ง 2"));
            assertThat(browser.find("#sync-status").getAttribute("role")).isEqualTo("status");
            browser.assertAccessible();
            browser.screenshot("queued-offline");

            // typing not yet sent survives a reload: the causes, kept as a draft on the phone
            browser.type("#cause-HEALTH", "ยังไม่ได้ส่ง");
            browser.waitUntil(() -> Boolean.TRUE.equals(browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/assets/console/offline/store.js')
                      .then(s => s.draft(location.pathname + '|' + location.pathname + '/poverty-causes'))
                      .then(d => done(!!d && d.fields.some(([n, v]) => n === 'cause-HEALTH' && v === 'ยังไม่ได้ส่ง')));""")));
            browser.driver().navigate().refresh();
            browser.waitUntil(() -> "yes".equals(browser.find("html").getAttribute("data-queue-ready")));
            assertThat(browser.find("#cause-HEALTH").getAttribute("value")).as("the draft, put back").isEqualTo("ยังไม่ได้ส่ง");
            assertThat(browser.find("#sync-status").getText()).contains("รอส่ง 2");

            // an acknowledgement without its date: queued as typed, refused by the service once sent
            browser.click("#acknowledgement-form button[type=submit]");
            browser.waitUntil(() -> browser.find("#sync-status").getText().contains("รอส่ง 3"));

            offline(browser.driver(), false);
            // the visit is a fact of its own: sent with the current version without asking; the 4 ท waits
            waitFor(browser, Duration.ofSeconds(60), () -> browser.find("#sync-status").getText().contains("ขัดแย้ง 1")
                    && browser.find("#sync-status").getText().contains("ไม่ผ่าน 1")
                    && !browser.find("#sync-status").getText().contains("รอส่ง"));
            assertThat(notesCount(household, notes)).as("the visit, sent once").isEqualTo(1);

            browser.open("/sync");
            browser.waitUntil(() -> !browser.all("li.queued.conflict").isEmpty());
            String comparison = browser.find("li.queued.conflict table.conflict").getText();
            assertThat(comparison).as("what the carer recorded beside what is recorded now")
                    .contains("เลี้ยงไก่ไข่ขาย").contains("รับจ้างทั่วไปในหมู่บ้าน");
            assertThat(browser.all("li.queued.sent")).as("the visit, sent").hasSize(1);
            assertThat(horizontalScroll(browser)).as("no sideways scrolling at 360 px").isFalse();
            browser.assertAccessible();
            browser.screenshot("sync-conflict");

            assertThat(browser.find("li.queued.refused").getText()).as("the refusal, by field")
                    .contains("ไม่ผ่าน").contains(browser.find("#sync-status").getAttribute("data-refused-title"));
            browser.click("li.queued.refused button.drop");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
            waitFor(browser, Duration.ofSeconds(10), () -> browser.all("li.queued.refused").isEmpty());

            browser.click("li.queued.conflict button.apply");
            waitFor(browser, Duration.ofSeconds(30), () -> browser.all("li.queued.conflict").isEmpty()
                    && browser.all("li.queued.sent").size() == 2);
            browser.waitUntil(() -> browser.find("#sync-status").getText().equals("ส่งแล้ว"));
            browser.screenshot("sync-sent");

            JsonPath folder = folderJson(household);
            assertThat(notesCount(household, notes)).as("the visit, exactly once").isEqualTo(1);
            assertThat(householdJson(household).getInt("visits")).isEqualTo(visitsBefore + 1);
            assertThat(folder.getString("assessment.wayOut.direction")).as("the carer's 4 ท").isEqualTo("เลี้ยงไก่ไข่ขาย");
            assertThat(folder.getInt("assessment.skills.workingMembers")).isEqualTo(3);

            browser.open("/households/" + household);
            String page = browser.find("#folder-h").findElement(By.xpath("..")).getText();
            assertThat(page.split(java.util.regex.Pattern.quote(notes), -1)).as("the visit shown once").hasSize(2);
            assertThat(page).contains("เลี้ยงไก่ไข่ขาย");
            assertThat(horizontalScroll(browser)).as("no sideways scrolling at 360 px, wider: %s", browser.driver().executeScript("""
                    return [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > innerWidth)
                      .slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')""")).isFalse();
            browser.assertAccessible();
        }
    }

    @Test
    void twoHundredCommandsQueuedWithoutSignalAreEachAppliedExactlyOnceAcrossReloads() {
        String today = Thailand.today(Clock.systemUTC()).toString();
        String prefix = "คิว-" + UUID.randomUUID() + "-";
        try (var browser = new ConsoleBrowser(console, "offline-queue", ConsoleBrowser.PHONE)) {
            String household = aCarersHouseholdKeptOnThePhone(browser, -1);
            int visitsBefore = householdJson(household).getInt("visits");

            offline(browser.driver(), true);
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Object queued = browser.driver().executeAsyncScript("""
                    const [today, prefix, done] = arguments;
                    import('/assets/console/offline/capture.js').then(async capture => {
                      const form = document.getElementById('visit-form');
                      form.elements.visitedOn.value = today;
                      form.elements.visitedBy.value = 'ผู้ดูแลครัวเรือน';
                      for (let i = 0; i < 200; i++) {
                        form.elements.notes.value = prefix + i;
                        await capture.queue(form);
                      }
                      done('queued');
                    }).catch(e => done(String(e)));""", today, prefix);
            assertThat(queued).isEqualTo("queued");
            browser.driver().navigate().refresh();
            browser.waitUntil(() -> browser.find("#sync-status").getText().contains("รอส่ง 200"));

            long started = System.nanoTime();
            offline(browser.driver(), false);
            waitFor(browser, Duration.ofSeconds(120), () -> pending(browser) <= 150);
            // a reload in the middle of the replay: what was in flight is sent again under its key
            browser.driver().navigate().refresh();
            waitFor(browser, Duration.ofSeconds(300), () -> pending(browser) == 0
                    && browser.find("#sync-status").getText().equals("ส่งแล้ว"));
            long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
            System.out.println("200 queued commands replayed in " + took + " ms");

            // five answers lost on the way back, as a dropped connection loses them: sent again, under their keys
            Object resent = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/assets/console/offline/store.js').then(async store => {
                      const sent = (await store.commands()).filter(c => c.state === 'sent').slice(0, 5);
                      for (const command of sent) await store.put({ ...command, state: 'sending' });
                      done(sent.length);
                    }).catch(e => done(String(e)));""");
            assertThat(resent).isEqualTo(5L);
            browser.driver().navigate().refresh();
            waitFor(browser, Duration.ofSeconds(60), () -> pending(browser) == 0
                    && browser.find("#sync-status").getText().equals("ส่งแล้ว"));

            List<String> recorded = folderJson(household).getList("visits.notes", String.class).stream()
                    .filter(n -> n != null && n.startsWith(prefix)).toList();
            assertThat(recorded).as("each queued visit, once").hasSize(200).doesNotHaveDuplicates();
            assertThat(householdJson(household).getInt("visits")).isEqualTo(visitsBefore + 200);
        }
    }

    @Test
    void aFullPhoneKeepsWhatWasTypedOnScreenUntilThereIsRoom() {
        String today = Thailand.today(Clock.systemUTC()).toString();
        String notes = "เยี่ยมตอนเครื่องเต็ม " + UUID.randomUUID();
        try (var browser = new ConsoleBrowser(console, "offline-full", ConsoleBrowser.PHONE)) {
            String household = aCarersHouseholdKeptOnThePhone(browser, 1);
            browser.waitUntil(() -> pending(browser) != Integer.MAX_VALUE);
            int pendingBefore = pending(browser);
            offline(browser.driver(), true);
            String origin = console.getScheme() + "://" + console.getAuthority();
            // the phone has no room left: a byte of quota, less than what it already holds
            browser.driver().executeCdpCommand("Storage.overrideQuotaForOrigin", Map.of("origin", origin, "quotaSize", 1));

            browser.setDate("#visitedOn", today);
            browser.type("#visitedBy", "ผู้ดูแลครัวเรือน");
            browser.type("#visit-notes", notes);
            browser.click("#visit-form button[type=submit]");
            browser.waitUntil(() -> !browser.all("#visit-form .queue-notice.problem[role=alert]").isEmpty());
            assertThat(browser.find("#visit-form .queue-notice.problem").getText()).as("the carer is told").isNotBlank();
            assertThat(browser.find("#visit-notes").getAttribute("value")).as("what was typed, still on screen")
                    .isEqualTo(notes);
            assertThat(pending(browser)).as("nothing queued").isEqualTo(pendingBefore);
            browser.assertAccessible();
            browser.screenshot("phone-full");

            // room again: the same form, sent again as it stands, is queued and, with signal, applied once
            browser.driver().executeCdpCommand("Storage.overrideQuotaForOrigin", Map.of("origin", origin));
            browser.click("#visit-form button[type=submit]");
            browser.waitUntil(() -> !browser.all("#visit-form .queue-notice.saved").isEmpty());
            assertThat(pending(browser)).isEqualTo(pendingBefore + 1);
            offline(browser.driver(), false);
            waitFor(browser, Duration.ofSeconds(60), () -> pending(browser) == 0);
            assertThat(notesCount(household, notes)).as("the visit, recorded once").isEqualTo(1);
        }
    }

    /** Signs the carer in, opens their list (which keeps their households on the phone) and one household. */
    private static String aCarersHouseholdKeptOnThePhone(ConsoleBrowser browser, int which) {
        browser.signInAs("demo-carer");
        assertThat(browser.path()).isEqualTo("/care");
        browser.waitUntil(Duration.ofSeconds(60), () -> browser.find("html").getAttribute("data-kept") != null
                && Boolean.TRUE.equals(browser.driver().executeScript("return !!navigator.serviceWorker.controller")));
        var cards = browser.all(".cards .card a");
        assertThat(cards).as("the carer's households").isNotEmpty();
        String href = cards.get(which < 0 ? cards.size() - 1 : which).getAttribute("href");
        browser.open(URI.create(href).getPath());
        browser.waitUntil(() -> "yes".equals(browser.find("html").getAttribute("data-queue-ready")));
        return browser.path().substring("/households/".length());
    }

    /** Waits; when it gives up, prints the phone's queue as it stands, to show which command stuck and why. */
    private static void waitFor(ConsoleBrowser browser, Duration atMost, java.util.function.BooleanSupplier condition) {
        try {
            browser.waitUntil(atMost, condition);
        } catch (RuntimeException timeout) {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
            System.out.println("the queue: " + browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    import('/assets/console/offline/store.js').then(s => s.commands())
                      .then(all => done(JSON.stringify(all.slice(0, 5).map(c => ({ state: c.state, kind: c.kind,
                        tries: c.tries, sendVersion: c.sendVersion, baseVersion: c.baseVersion, problem: c.problem,
                        conflict: c.conflict }))) + ' of ' + all.length + ', online ' + navigator.onLine))
                      .catch(e => done(String(e)));"""));
            throw timeout;
        }
    }

    private static int pending(ConsoleBrowser browser) {
        String count = browser.find("#sync-status").getAttribute("data-pending-count");
        return count == null ? Integer.MAX_VALUE : Integer.parseInt(count);
    }

    private static JsonPath householdJson(String household) {
        return running.as(Service.HOUSEHOLD, "offline-test", "province-officer", "24")
                .get("/api/v1/households/{id}", household).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath folderJson(String household) {
        return running.as(Service.HOUSEHOLD, "offline-test", "province-officer", "24")
                .get("/api/v1/households/{id}/family-folder", household).then().statusCode(200).extract().jsonPath();
    }

    private static long notesCount(String household, String notes) {
        return folderJson(household).getList("visits.notes", String.class).stream().filter(notes::equals).count();
    }

    /**
     * No network, or the network again, for the page and for every service worker: DevTools'
     * emulation on the page does not reach the worker's own fetches, so it is set on its target too.
     */
    @SuppressWarnings("unchecked")
    static void offline(ChromeDriver driver, boolean offline) {
        Map<String, Object> conditions = Map.of("offline", offline, "latency", 0, "downloadThroughput", -1,
                "uploadThroughput", -1);
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", conditions);
        var targets = (List<Map<String, Object>>) driver.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
        for (Map<String, Object> target : targets) {
            if (!"service_worker".equals(target.get("type"))) {
                continue;
            }
            // one session per worker: a second one would leave the first one's emulation in force
            String session = WORKER_SESSIONS.computeIfAbsent(driver.getSessionId() + "/" + target.get("targetId"),
                    key -> (String) driver.executeCdpCommand("Target.attachToTarget",
                            Map.of("targetId", target.get("targetId"), "flatten", false)).get("sessionId"));
            for (var command : List.of(Map.of("method", "Network.enable", "params", Map.of()),
                    Map.of("method", "Network.emulateNetworkConditions", "params", conditions))) {
                try {
                    var message = new java.util.HashMap<String, Object>(command);
                    message.put("id", CDP_IDS.getAndIncrement());
                    driver.executeCdpCommand("Target.sendMessageToTarget",
                            Map.of("sessionId", session, "message", JSON.writeValueAsString(message)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static boolean horizontalScroll(ConsoleBrowser browser) {
        return Boolean.TRUE.equals(browser.driver().executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"));
    }
}
