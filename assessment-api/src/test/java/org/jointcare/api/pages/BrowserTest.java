package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jointcare.api.web.ApiTest;
import org.jointcare.testsupport.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Browser tests: Debian's Chromium, headless, driving the real application on a random port. Every
 * browser test class shares one Spring context (this configuration: the API tests' directory and
 * clock, served over HTTP) and starts one Chromium for all its tests. Each page visited is checked
 * with axe-core: a serious or critical violation fails the test.
 * <p>
 * Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Selenium Manager never downloads anything:
 * the driver and the browser are named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiTest.Support.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    protected static final String PASSWORD = ApiTest.PASSWORD;
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    @LocalServerPort
    protected int port;
    @Autowired
    protected TestClock clock;
    @Autowired
    protected ObjectMapper json;

    protected WebDriver browser;
    private Path profile;
    private String axeSource;

    @BeforeAll
    void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        profile = Files.createTempDirectory("jointcare-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,1024", "--user-data-dir=" + profile);
        browser = new ChromeDriver(options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        try (InputStream axe = getClass().getClassLoader().getResourceAsStream(AXE)) {
            assertThat(axe).as("axe-core webjar on the test classpath").isNotNull();
            axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens the page and checks it with axe. */
    protected void open(String path) {
        browser.get(url(path));
        checkAccessibility();
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    protected void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Presses the button and checks the page it leads to with axe. */
    protected void press(String css) {
        WebElement before = find("html");
        find(css).click();
        // the click returns before the next page has loaded: wait for this one to go, then for the next
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver ->
                "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        checkAccessibility();
    }

    protected String heading() {
        return find("h1").getText();
    }

    protected String pageText() {
        return find("body").getText();
    }

    protected void signIn(String userId, String password) {
        open("/sign-in");
        type("userId", userId);
        type("password", password);
        press("#sign-in");
    }

    protected void signOut() {
        press("#sign-out");
        assertThat(browser.getCurrentUrl()).contains("/sign-in?signed-out");
    }

    /** The whole page as a PNG under target/screenshots/. */
    protected Path screenshot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** axe-core on the page as it stands: no serious or critical violation (WCAG 2.2 AA rules and best practice). */
    protected void checkAccessibility() {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource);
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(result => done(JSON.stringify(result.violations)))
                   .catch(error => done('axe failed: ' + error));
                """);
        String text = String.valueOf(answer);
        assertThat(text).as("axe-core ran on " + browser.getCurrentUrl()).doesNotStartWith("axe failed");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : json.readTree(text)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    List<String> where = new ArrayList<>();
                    violation.path("nodes").forEach(node -> where.add(node.path("html").asText()));
                    serious.add(impact + " " + violation.path("id").asText() + ": " + violation.path("help").asText()
                            + " at " + where);
                }
            }
        } catch (IOException notJson) {
            throw new AssertionError("axe answered " + text, notJson);
        }
        assertThat(serious).as("serious or critical accessibility violations on " + browser.getCurrentUrl()).isEmpty();
    }
}
