package th.poverty.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Outside the local system a person signs in through the identity provider with the
 * authorization-code flow, in a real browser: a page asked for before signing in sends the browser
 * to the provider, and comes back signed in as the provider's user, whose access token the
 * console then sends the services (here none runs, so the page says a service did not answer).
 */
@QuarkusTest
@TestProfile(IdentityProviderSignInTest.WithIdentityProvider.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class IdentityProviderSignInTest {

    @TestHTTPResource("/areas/24")
    URI page;

    /** The production settings of sign-in, against Quarkus's WireMock identity provider. */
    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("console.oidc.enabled", "true"),
                    Map.entry("console.demo-sign-in.enabled", "false"),
                    Map.entry("quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/"),
                    Map.entry("quarkus.oidc.client-id", "quarkus-web-app"),
                    Map.entry("quarkus.oidc.credentials.secret", "secret"),
                    Map.entry("quarkus.http.auth.permission.open.paths", "/q/*,/assets/*"),
                    Map.entry("quarkus.http.auth.permission.open.policy", "permit"),
                    Map.entry("quarkus.http.auth.permission.pages.paths", "/*"),
                    Map.entry("quarkus.http.auth.permission.pages.policy", "authenticated"),
                    Map.entry("quarkus.rest-client.reporting.url", "http://127.0.0.1:9"));
        }
    }

    @Test
    void aPageAskedForBeforeSigningInGoesThroughTheIdentityProviderAndComesBackSignedIn() throws Exception {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("chromium-"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(page.toString());
            var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(d -> !d.getCurrentUrl().startsWith(page.resolve("/").toString()));
            assertThat(browser.getCurrentUrl()).as("the identity provider's login").contains("/realms/quarkus").contains("response_type=code");
            browser.findElement(By.name("username")).sendKeys("alice");
            browser.findElement(By.name("password")).sendKeys("alice");
            browser.findElement(By.id("password")).submit();
            wait.until(d -> d.getCurrentUrl().startsWith(page.toString()));
            assertThat(browser.getPageSource()).as("signed in: the sign-out button").contains("action=\"/sign-out\"");
            assertThat(browser.getPageSource()).as("the services were called, and did not answer").contains("Service unavailable")
                    .doesNotContain("ผู้ใช้ตัวอย่าง");
        } finally {
            browser.quit();
        }
    }
}
