package org.vocdesk.it;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A headless Debian chromium for one test, as a JUnit extension:
 * {@code @RegisterExtension final Browser browser = new Browser();}. Starts before each test with a
 * fresh profile (no cookies), saves a screenshot and the page source into target/failsafe-reports when
 * the test fails, and quits afterwards. Pages load in Chinese unless {@link #Browser(String)} says otherwise.
 */
public class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final String acceptLanguage;
    private WebDriver driver;
    private Path profile;

    public Browser() {
        this("zh-CN,zh");
    }

    public Browser(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        TestServer.baseUrl(); // the server first: its start-up failure is the more useful message
        // both set, so selenium-manager has nothing to download
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("vocdesk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=1400,1000",
                "--lang=" + acceptLanguage.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL")); // for consoleMessages()
        driver = new ChromeDriver(options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            saveEvidence(context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the application ("/app/account.xhtml"). */
    public Browser open(String path) {
        driver.get(TestServer.baseUrl() + path);
        return this;
    }

    /** Logs in through the login page and waits until it has been left. */
    public Browser login(String username, String password) {
        open("/login.xhtml");
        submitLogin(username, password);
        waitUntil(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        return this;
    }

    /** Fills and submits the login form on the current page, without waiting for success. */
    public void submitLogin(String username, String password) {
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
    }

    public WebElement find(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks once the element is clickable; an element replaced by an AJAX update meanwhile is looked up again. */
    public void click(By by) {
        waiting().until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Picks an item of a PrimeFaces select menu; a click landing while the panel still slides open is repeated. */
    public void choose(String menuId, String label) {
        waitUntil(d -> {
            if (!d.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                d.findElement(By.id(menuId)).click();
            }
            click(By.xpath("//*[@id='" + menuId + "_items']//li[@data-label='" + label + "']"));
            return label.equals(d.findElement(By.id(menuId + "_label")).getText());
        });
    }

    public String text(By by) {
        return waiting().until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(by).apply(d);
            return element == null ? null : element.getText();
        });
    }

    /** Waits until the page's visible text contains this. */
    public void waitForText(String text) {
        waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        waiting().until(condition::apply);
    }

    /** AJAX updates replace elements under our feet: a stale element just means "look again". */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The browser console's messages since the last call (CSP violations appear here as errors). */
    public java.util.List<String> consoleMessages() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).toList();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    private void saveEvidence(String name) {
        try {
            Path dir = Path.of(System.getProperty("vocdesk.test.reportsDir", "target/failsafe-reports"));
            Files.createDirectories(dir);
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            System.out.println("[Browser] screenshot of the failure: " + dir.resolve(name + ".png").toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.out.println("[Browser] could not save a screenshot: " + e);
        }
    }
}
