package th.poverty.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver, on the console of a running
 * local system: a journey signs in, walks pages, checks each with axe-core and saves a
 * screenshot of each under target/console-screenshots/&lt;journey&gt;.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Dimension PHONE = new Dimension(360, 800);
    static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Path AXE = Path.of("target/npm/axe-core/package/axe.min.js");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final URI console;
    private final Path screenshots;
    private int shots;

    ConsoleBrowser(URI console, String journey, Dimension size) {
        this.console = console;
        this.screenshots = Path.of("target/console-screenshots", journey);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // the flags that keep Chromium from calling out to the internet from a closed network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--lang=th-TH", "--window-size=" + size.width + "," + size.height);
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(size);
        try {
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(console.resolve(path).toString());
    }

    /** Signs in as one of the local system's demo people and returns on their first page. */
    void signInAs(String person) {
        open("/sign-in");
        click("#as-" + person);
        waitUntil(() -> !driver.getCurrentUrl().contains("/sign-in"));
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String heading() {
        return find("h1").getText();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits for the page to have loaded and the condition to hold. */
    void waitUntil(java.util.function.BooleanSupplier condition) {
        waitUntil(WAIT, condition);
    }

    void waitUntil(Duration atMost, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, atMost).ignoring(StaleElementReferenceException.class).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")) && condition.getAsBoolean());
    }

    /** Types into a field, replacing what it held. */
    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Presses a button that sends a form, and waits for the page it leads to. */
    void submit(String buttonCss) {
        // the page before is marked; the page the form leads to is a new document without the mark
        ((JavascriptExecutor) driver).executeScript("window.consoleLeaving = true");
        click(buttonCss);
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d ->
                !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.consoleLeaving === true")));
        waitUntil(() -> true);
    }

    /** Clicks an element, found again if the page replaced it meanwhile. */
    void click(String css) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).ignoring(WebDriverException.class)
                .until(d -> {
                    d.findElement(By.cssSelector(css)).click();
                    return true;
                });
    }

    /** Chooses an option of a select by its value. */
    void select(String css, String value) {
        new org.openqa.selenium.support.ui.Select(find(css)).selectByValue(value);
    }

    /** Sets a date input (typing dates depends on the browser's locale). */
    void setDate(String css, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", find(css), isoDate);
    }

    /** Saves the page as it looks now, numbered in the order of the journey. */
    Path screenshot(String name) {
        Path file = screenshots.resolve("%02d-%s.png".formatted(++shots, name));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Checks the page with axe-core (WCAG 2.1 A and AA): no serious or critical violation. */
    void assertAccessible() {
        List<String> found = new ArrayList<>();
        for (Map<String, Object> violation : axeViolations()) {
            String impact = String.valueOf(violation.get("impact"));
            if (impact.equals("serious") || impact.equals("critical")) {
                found.add(impact + " " + violation.get("id") + ": " + violation.get("help") + " " + targets(violation));
            }
        }
        assertThat(found).as("axe-core on " + path()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> axeViolations() {
        try {
            var js = (JavascriptExecutor) driver;
            if (!Boolean.TRUE.equals(js.executeScript("return !!window.axe"))) {
                js.executeScript(Files.readString(AXE));
            }
            driver.manage().timeouts().scriptTimeout(WAIT);
            Object result = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                       .then(r => done(r.violations)).catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e) }]));""");
            return (List<Map<String, Object>>) result;
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is not unpacked at " + AXE + ": run the Maven build", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> targets(Map<String, Object> violation) {
        List<Object> targets = new ArrayList<>();
        Object nodes = violation.get("nodes");
        if (nodes instanceof List<?> list) {
            list.stream().limit(3).forEach(node -> targets.add(((Map<String, Object>) node).get("target")));
        }
        return targets;
    }

    /** Every resource the page loaded came from the console itself: no CDN, no outside request. */
    void assertNothingFromOutside() {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        String origin = console.getScheme() + "://" + console.getAuthority();
        assertThat(urls).as("resources loaded by " + path()).allMatch(url -> url.startsWith(origin));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
